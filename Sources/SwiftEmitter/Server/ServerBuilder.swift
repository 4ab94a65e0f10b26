internal import OpenAPIModel
internal import Resolver

/// Turns operation plans into the view model of `Server.mustache`: the protocol a server implements and the code
/// that reads each request into the operation's `Input`.
struct ServerBuilder {
    var coding: OperationCoding
    var names: OperationNames
    var access: String

    func build(_ plans: [OperationPlan]) -> ServerViewModel {
        ServerViewModel(
            access: access, protocolName: names.serverProtocol,
            operations: plans.enumerated().map { index, plan in
                var model = operation(plan)
                model.notFirst = index > 0
                return model
            })
    }

    private func operation(_ plan: OperationPlan) -> ServerOperationViewModel {
        let operation = plan.operation
        var docLines = DocComment.lines(title: operation.summary, description: operation.description)
        docLines.append(
            contentsOf: [
                docLines.isEmpty ? nil : "///",
                "/// `\(operation.method.rawValue.uppercased()) \(SwiftSource.commentText(operation.path))`",
            ].compactMap { $0 })
        if operation.deprecated { docLines.append("/// - Note: deprecated.") }
        let typePath = "\(names.namespace).\(plan.typeName)"
        let inputType = "\(typePath).\(names.input)"

        var arguments: [String] = []
        for parameter in plan.parameters {
            let wire = coding.literal(parameter.wireName)
            let required = parameter.location == .path || parameter.required
            let read: String
            switch parameter.location {
            case .path:
                read =
                    "request.path(\(wire), \(parameter.shape), style: \(parameter.style), explode: \(parameter.explode))"
            case .query:
                read =
                    "request.\(required ? "requiredQuery" : "query")(\(wire), \(parameter.shape), style: \(parameter.style), explode: \(parameter.explode))"
            case .header:
                read =
                    "request.\(required ? "requiredHeader" : "header")(\(wire), \(parameter.shape), explode: \(parameter.explode))"
            case .cookie:
                read =
                    "request.\(required ? "requiredCookie" : "cookie")(\(wire), \(parameter.shape), explode: \(parameter.explode))"
            }
            let value =
                required
                ? coding.typedValue(parameter.type, read, wireName: parameter.wireName, json: parameter.isJSON)
                : "try \(read).map { \(coding.typedValue(parameter.type, "$0", wireName: parameter.wireName, json: parameter.isJSON)) }"
            arguments.append("\(parameter.label): \(value)")
        }
        if let body = plan.body {
            arguments.append("\(body.label): \(body.payload.readRequest(required: body.required))")
        }
        let inputLines: [String]
        if arguments.isEmpty {
            inputLines = ["let input = \(inputType)()"]
        } else {
            inputLines =
                ["let input = \(inputType)("]
                + arguments.enumerated().map { index, argument in
                    "    " + argument + (index == arguments.count - 1 ? "" : ",")
                } + [")"]
        }
        return ServerOperationViewModel(
            docLines: docLines, name: plan.name, inputType: inputType, outputType: "\(typePath).\(names.output)",
            method: operation.method.rawValue, path: coding.literal(operation.path),
            operationID: coding.literal(plan.operationID), inputLines: inputLines)
    }
}
