internal import OpenAPIModel
internal import Resolver

/// Turns operation plans into the view model of `Server.mustache`: the protocol a server implements and the code
/// that reads each request into the operation's `Input`.
struct ServerBuilder {
    var coding: OperationCoding
    var names: OperationNames
    var access: String
    var renderer: TemplateRenderer { coding.renderer }
    private var constraints: ConstraintsBuilder {
        ConstraintsBuilder(api: coding.api, mapping: coding.mapping, renderer: renderer)
    }

    func build(_ plans: [OperationPlan]) -> ServerViewModel {
        ServerViewModel(
            access: access, protocolName: names.serverProtocol, operations: plans.map(operation),
            routes: routes(plans), surface: names.surface
        )
    }

    /// Every path of the operations, sorted, each with its declared methods sorted.
    private func routes(_ plans: [OperationPlan]) -> [ServerRouteViewModel] {
        var methods: [String: Set<String>] = [:]
        for plan in plans { methods[plan.operation.path, default: []].insert(plan.operation.method.rawValue) }
        return methods.keys.sorted().map { path in
            ServerRouteViewModel(path: coding.literal(path), methods: (methods[path] ?? []).sorted())
        }
    }

    private func operation(_ plan: OperationPlan) -> ServerOperationViewModel {
        let operation = plan.operation
        let typePath = "\(names.namespace).\(plan.typeName)"
        var arguments: [ArgumentValueViewModel] = []
        for parameter in plan.parameters {
            let required = parameter.location == .path || parameter.required
            let location: ParameterSourceViewModel.Shape =
                switch parameter.location {
                case .path: .path
                case .query: .query
                case .header: .header
                case .cookie: .cookie
                }
            let source = ParameterSourceViewModel(
                shape: location, required: required, wireName: coding.literal(parameter.wireName),
                valueShape: parameter.shape, style: parameter.style, explode: parameter.explode)
            var read = coding.typedValue(
                parameter.type, from: renderer.code(source, template: "ParameterSource"),
                wireName: parameter.wireName, json: parameter.isJSON, optional: !required,
                separator: OperationCoding.listSeparator(style: parameter.style, explode: parameter.explode))
            if read.shape == .single || read.shape == .list {
                read.constraints = constraints.expression(parameter.constraints, for: parameter.type)
            }
            arguments.append(
                ArgumentValueViewModel(
                    label: parameter.label, argumentValue: renderer.code(read, template: "ParameterRead")))
        }
        if let body = plan.body {
            let read = body.payload.body(required: body.required)
            arguments.append(
                ArgumentValueViewModel(
                    label: body.label, argumentValue: renderer.code(read, template: "RequestBodyRead")))
        }
        return ServerOperationViewModel(
            docLines: DocComment.lines(title: operation.summary, description: operation.description),
            route: DocComment.route(operation),
            deprecated: operation.deprecated, name: plan.name, inputType: "\(typePath).\(names.input)",
            outputType: "\(typePath).\(names.output)", method: operation.method.rawValue,
            path: coding.literal(operation.path), operationID: coding.literal(plan.operationID),
            inputArguments: arguments.map { renderer.code($0, template: "ArgumentValue") },
            streamsRequestBody: plan.body?.payload.streams == true,
            malformedPathIsBadRequest: plan.parameters.contains { $0.location == .path }
                && !operation.responses.contains { $0.status == .code(404) }
                && operation.responses.contains { $0.status == .code(400) })
    }
}
