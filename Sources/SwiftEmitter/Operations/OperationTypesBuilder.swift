internal import OpenAPIModel
internal import Resolver

/// Turns operation plans into the view model of `Operations.mustache`: per operation, an `Input` with every
/// parameter and the body, and an `Output` with a case per documented response that reads itself from a client
/// response and writes itself as a server response.
struct OperationTypesBuilder {
    var coding: OperationCoding
    var names: OperationNames
    var access: String
    /// Which side uses the types (`OperationTypesEmitter.forServer`, `forClient`).
    var forServer: Bool
    var forClient: Bool
    var renderer: TemplateRenderer { coding.renderer }

    func build(_ plans: [OperationPlan]) -> OperationTypesViewModel {
        OperationTypesViewModel(
            access: access, namespace: names.namespace, input: names.input, output: names.output,
            forServer: forServer, forClient: forClient, operations: plans.map(operation), surface: names.surface)
    }

    private func operation(_ plan: OperationPlan) -> OperationTypeViewModel {
        let operation = plan.operation
        var properties: [InputPropertyViewModel] = []
        var arguments: [ArgumentViewModel] = []
        for parameter in plan.parameters {
            properties.append(
                InputPropertyViewModel(
                    docLines: DocComment.lines(title: nil, description: parameter.description),
                    label: parameter.label, rawName: parameter.rawName,
                    type: parameter.optional ? "\(parameter.swiftType)?" : parameter.swiftType))
            arguments.append(
                ArgumentViewModel(
                    label: parameter.label, internalName: nil, type: parameter.swiftType,
                    optional: parameter.optional, defaultsToNil: parameter.optional))
        }
        if let body = plan.body {
            let type = body.payload.swiftType
            properties.append(
                InputPropertyViewModel(
                    docLines: DocComment.lines(title: nil, description: body.description ?? "The request body."),
                    label: body.label, rawName: body.label, type: body.required ? type : type + "?"))
            arguments.append(
                ArgumentViewModel(
                    label: body.label, internalName: nil, type: type, optional: !body.required,
                    defaultsToNil: !body.required))
        }
        let initArguments = arguments.map { renderer.code($0, template: "Argument") }
        return OperationTypeViewModel(
            docLines: DocComment.lines(title: operation.summary, description: nil),
            route: DocComment.route(operation),
            typeName: plan.typeName, operationID: coding.literal(plan.operationID), properties: properties,
            initArguments: initArguments, wrapsInitArguments: SwiftSource.wrapsArguments(initArguments),
            cases: plan.responses.map(outputCase),
            hasDefault: plan.responses.contains { $0.status == .default })
    }

    private func outputCase(_ response: OperationPlan.Response) -> OutputCaseViewModel {
        var values: [OutputValueViewModel] = []
        var bodyWrite: String?
        if let payload = response.payload {
            values.append(
                OutputValueViewModel(
                    valueLabel: nil, valueType: payload.swiftType, binding: "body", isStatusCode: false,
                    read: renderer.code(payload.body(), template: "ResponseBodyRead")))
            if let mediaType = response.mediaType {
                let write = payload.body(value: "body", into: "operationResponse", contentType: mediaType)
                bodyWrite = renderer.code(write, template: "BodyWrite")
            }
        }
        if response.carriesStatusCode {
            values.append(
                OutputValueViewModel(
                    valueLabel: "statusCode", valueType: "Int", binding: "statusCode", isStatusCode: true, read: nil))
        }
        var headerWrites: [HeaderWriteViewModel] = []
        for header in response.headers {
            let source = ParameterSourceViewModel(
                shape: .responseHeader, required: header.required, wireName: coding.literal(header.wireName),
                valueShape: header.shape, style: "simple", explode: false)
            let read = coding.typedValue(
                header.type, from: renderer.code(source, template: "ParameterSource"), wireName: header.wireName,
                json: false, optional: !header.required)
            values.append(
                OutputValueViewModel(
                    valueLabel: header.label, valueType: header.required ? header.swiftType : header.swiftType + "?",
                    binding: header.label, isStatusCode: false, read: renderer.code(read, template: "ParameterRead")))
            let value = coding.parameterValue(header.type, header.label, optional: !header.required)
            headerWrites.append(
                HeaderWriteViewModel(
                    headerWireName: coding.literal(header.wireName),
                    headerValue: value.map { renderer.code($0, template: "ParameterValue") } ?? "nil"))
        }
        return OutputCaseViewModel(
            docLines: DocComment.lines(title: nil, description: response.description),
            name: SwiftName.escaped(response.caseName), caseName: response.caseName,
            status: OperationCoding.status(response.status), values: values, bodyWrite: bodyWrite,
            headerWrites: headerWrites)
    }
}
