internal import OpenAPIModel
internal import Resolver

/// Turns operation plans into the view model of `Operations.mustache`: per operation, an `Input` with every
/// parameter and the body, and an `Output` with a case per documented response that reads itself from a client
/// response and writes itself as a server response.
struct OperationTypesBuilder {
    var coding: OperationCoding
    var names: OperationNames
    var access: String

    func build(_ plans: [OperationPlan]) -> OperationTypesViewModel {
        OperationTypesViewModel(
            access: access, namespace: names.namespace, input: names.input, output: names.output,
            operations: plans.enumerated().map { index, plan in
                var model = operation(plan)
                model.notFirst = index > 0
                return model
            })
    }

    private func operation(_ plan: OperationPlan) -> OperationTypeViewModel {
        let operation = plan.operation
        var docLines = DocComment.lines(title: operation.summary, description: nil)
        docLines.append(
            contentsOf: [
                docLines.isEmpty ? nil : "///",
                "/// `\(operation.method.rawValue.uppercased()) \(SwiftSource.commentText(operation.path))`",
            ].compactMap { $0 })

        var properties: [DeclarationViewModel] = []
        var initArguments: [String] = []
        var assignments: [String] = []
        for parameter in plan.parameters {
            let type = parameter.optional ? "\(parameter.swiftType)?" : parameter.swiftType
            properties.append(
                DeclarationViewModel(
                    docLines: DocComment.lines(title: nil, description: parameter.description),
                    declaration: "\(parameter.label): \(type)"))
            initArguments.append(
                parameter.optional ? "\(parameter.label): \(type) = nil" : "\(parameter.label): \(type)")
            assignments.append("self.\(parameter.rawName) = \(parameter.label)")
        }
        if let body = plan.body {
            let type = body.required ? body.payload.swiftType : body.payload.swiftType + "?"
            properties.append(
                DeclarationViewModel(
                    docLines: DocComment.lines(title: nil, description: body.description ?? "The request body."),
                    declaration: "\(body.label): \(type)"))
            initArguments.append(body.required ? "\(body.label): \(type)" : "\(body.label): \(type) = nil")
            assignments.append("self.\(body.label) = \(body.label)")
        }

        var cases: [DeclarationViewModel] = []
        var decodeCases: [String] = []
        var encodeLines: [String] = []
        for response in plan.responses {
            var declared: [String] = []
            var bound: [String] = []
            var decoded: [String] = []
            if let payload = response.payload {
                declared.append(payload.swiftType)
                bound.append("let body")
                decoded.append(payload.read)
            }
            if response.carriesStatusCode {
                declared.append("statusCode: Int")
                bound.append("let statusCode")
                decoded.append("statusCode: operationResponse.statusCode")
            }
            for header in response.headers {
                declared.append("\(header.label): \(header.required ? header.swiftType : header.swiftType + "?")")
                bound.append("let \(header.label)")
                let reader = header.required ? "requiredHeader" : "header"
                let read = "operationResponse.\(reader)(\(coding.literal(header.wireName)), \(header.shape))"
                let value =
                    header.required
                    ? coding.typedValue(header.type, read, wireName: header.wireName, json: false)
                    : "try \(read).map { \(coding.typedValue(header.type, "$0", wireName: header.wireName, json: false)) }"
                decoded.append("\(header.label): \(value)")
            }
            let caseName = SwiftName.escaped(response.caseName)
            cases.append(
                DeclarationViewModel(
                    docLines: DocComment.lines(title: nil, description: response.description),
                    declaration: declared.isEmpty ? caseName : "\(caseName)(\(declared.joined(separator: ", ")))"))
            let pattern = OperationCoding.statusPattern(response.status)
            let made =
                decoded.isEmpty ? ".\(response.caseName)" : ".\(response.caseName)(\(decoded.joined(separator: ", ")))"
            let prefix = pattern == "_" ? "default" : "case \(pattern)"
            decodeCases.append("\(prefix): self = \(made)")

            let status = response.carriesStatusCode ? "statusCode" : OperationCoding.statusPattern(response.status)
            encodeLines.append(
                bound.isEmpty
                    ? "case .\(response.caseName):" : "case .\(response.caseName)(\(bound.joined(separator: ", "))):")
            var body: [String] = []
            if let payload = response.payload, let mediaType = response.mediaType {
                body.append(payload.write("body", contentType: coding.literal(mediaType), into: "operationResponse"))
            }
            for header in response.headers {
                let value = coding.parameterValue(header.type, header.label, optional: !header.required) ?? "nil"
                body.append("try operationResponse.setHeader(\(coding.literal(header.wireName)), \(value))")
            }
            if body.isEmpty {
                encodeLines.append("    return OutgoingResponse(status: \(status))")
            } else {
                encodeLines.append("    var operationResponse = OutgoingResponse(status: \(status))")
                encodeLines.append(contentsOf: body.map { "    " + $0 })
                encodeLines.append("    return operationResponse")
            }
        }
        if !plan.responses.contains(where: { $0.status == .default }) {
            decodeCases.append(
                "default: self = .undocumented(statusCode: operationResponse.statusCode, "
                    + "headerFields: operationResponse.response.headerFields, body: operationResponse.body)")
        }
        encodeLines.append(contentsOf: [
            "case .undocumented(let statusCode, let headerFields, let body):",
            "    var operationResponse = OutgoingResponse(status: statusCode)",
            "    operationResponse.headerFields = headerFields",
            "    operationResponse.body = body",
            "    return operationResponse",
        ])
        return OperationTypeViewModel(
            docLines: docLines, typeName: plan.typeName, operationID: coding.literal(plan.operationID),
            properties: properties, initArguments: ClientBuilder.argumentList(initArguments, indent: 16),
            assignments: assignments, cases: cases, decodeCases: decodeCases, encodeLines: encodeLines)
    }
}
