internal import OpenAPIModel
internal import Resolver

/// Turns the operations of a resolved API into the view model of `Client.mustache`: one method per operation,
/// its request built with `PlexusRuntime`'s parameter encoding and its responses read into documented types.
struct ClientBuilder {
    var coding: OperationCoding
    var names: OperationNames
    var access: String
    var mapping: SwiftTypeMapping { coding.mapping }
    var api: ResolvedAPI { coding.api }

    /// The client for the planned operations, and those whose parameters the client cannot write after all.
    func build(_ plans: [OperationPlan]) -> (ClientViewModel, [ClientEmitter.SkippedOperation]) {
        var methods: [ClientMethodViewModel] = []
        var included: [ResolvedOperation] = []
        var skipped: [ClientEmitter.SkippedOperation] = []
        for plan in plans {
            switch method(for: plan) {
            case .success(let method):
                methods.append(method)
                included.append(plan.operation)
            case .failure(let reason): skipped.append(.init(operation: plan.operation, reason: reason.description))
            }
        }
        let schemes = api.securitySchemes.compactMap { scheme -> ClientSchemeViewModel? in
            guard let kind = schemeKind(scheme.kind) else { return nil }
            return ClientSchemeViewModel(
                docLines: DocComment.lines(title: nil, description: scheme.description),
                property: SwiftName.escaped(scheme.swiftName), name: literal(scheme.name), kind: kind)
        }
        let requirements = included.compactMap { operation -> String? in
            guard !operation.security.isEmpty else { return nil }
            let id = operation.operationId ?? operation.name
            let alternatives = operation.security.map { requirement in
                "[" + requirement.schemes.map { literal($0.name) }.joined(separator: ", ") + "]"
            }
            return "\(literal(id)): [\(alternatives.joined(separator: ", "))],"
        }
        return (
            ClientViewModel(access: access, schemes: schemes, requirements: requirements, methods: methods),
            skipped
        )
    }

    /// Names a generated method uses itself.
    static let reservedLocals: Set<String> = ["self", "Self", "operationRequest", "operationResponse"]

    private func method(for plan: OperationPlan) -> Result<ClientMethodViewModel, OperationPlan.Unsupported> {
        let operation = plan.operation
        var accepted: [String] = []
        for content in operation.responses.flatMap(\.contents) where !accepted.contains(content.mediaType) {
            accepted.append(content.mediaType)
        }
        let accept =
            accepted.isEmpty || accepted == ["application/json"]
            ? "" : ", accept: \(literal(accepted.joined(separator: ", ")))"
        var lines: [String] = [
            "var operationRequest = OperationRequest(method: .\(operation.method.rawValue), path: \(literal(operation.path))\(accept))"
        ]
        var arguments: [String] = []
        var builderArguments: [String] = []
        var forwarded: [String] = []
        for parameter in plan.parameters {
            // A parameter must not hide `self` or the method's own locals, so those get another internal name.
            let shadows = Self.reservedLocals.contains(parameter.rawName)
            let name = shadows ? parameter.rawName + "Value" : parameter.label
            let declared = shadows ? "\(parameter.label) \(name)" : parameter.label
            let type = parameter.optional ? "\(parameter.swiftType)?" : parameter.swiftType
            arguments.append(parameter.optional ? "\(declared): \(type) = nil" : "\(declared): \(type)")
            builderArguments.append("\(declared): \(type)")
            forwarded.append("\(parameter.label): \(name)")
            guard
                let value = parameter.isJSON
                    ? coding.encoded("json", name, optional: parameter.optional)
                    : coding.parameterValue(parameter.type, name, optional: parameter.optional)
            else {
                return .failure(
                    .init(description: "parameter '\(parameter.wireName)' has a type a parameter cannot carry"))
            }
            let wire = literal(parameter.wireName)
            switch parameter.location {
            case .path:
                lines.append(
                    "try operationRequest.setPath(\(wire), \(value), style: \(parameter.style), explode: \(parameter.explode))"
                )
            case .query:
                lines.append(
                    "try operationRequest.addQuery(\(wire), \(value), style: \(parameter.style), explode: \(parameter.explode)"
                        + (parameter.allowReserved ? ", allowReserved: true)" : ")"))
            case .header:
                lines.append("try operationRequest.setHeader(\(wire), \(value), explode: \(parameter.explode))")
            case .cookie:
                lines.append("operationRequest.addCookie(\(wire), \(value), explode: \(parameter.explode))")
            }
        }
        if let body = plan.body {
            let write = body.payload.write(body.label, contentType: literal(body.mediaType))
            let type = body.payload.swiftType
            if body.required {
                arguments.append("\(body.label): \(type)")
                builderArguments.append("\(body.label): \(type)")
                lines.append(write)
            } else {
                arguments.append("\(body.label): \(type)? = nil")
                builderArguments.append("\(body.label): \(type)?")
                lines.append("if let \(body.label) { \(write) }")
            }
            forwarded.append("\(body.label): \(body.label)")
        }
        if lines.count == 1 { lines[0] = "let" + lines[0].dropFirst(3) }
        lines.append("return operationRequest")

        let successes = plan.responses.filter { OperationCoding.isSuccess($0.status) }
        let successPayloads = successes.map(\.payload)
        let kinds = Set(successPayloads.compactMap { $0 })
        let returned: OperationCoding.Payload?
        switch kinds.count {
        case 0: returned = nil
        case 1: returned = kinds.first
        default:
            returned = kinds.allSatisfy { if case .json = $0 { true } else { false } } ? .json("JSONValue") : .binary
        }
        let failures = operation.responses.filter { !OperationCoding.isSuccess($0.status) }
        let errorTypes = Set(
            failures.compactMap { $0.contents.first(where: { $0.encoding == .json })?.type }.map(mapping.swiftType))
        let errorType = errorTypes.count == 1 ? errorTypes.first : nil

        var cases: [String] = []
        for (response, payload) in zip(successes, successPayloads) {
            let pattern = OperationCoding.statusPattern(response.status)
            switch (returned, payload) {
            case (nil, _): cases.append("case \(pattern): return")
            case (let returned?, _?): cases.append("case \(pattern): return \(returned.read)")
            case (_?, nil): cases.append("case \(pattern): return nil")
            }
        }
        let errorExpression = errorType.map { "operationResponse.error(\($0).self)" } ?? "operationResponse.error()"
        cases.append("default: throw \(errorExpression)")
        let resultType = returned.map { successPayloads.contains(nil) ? "\($0.swiftType)?" : $0.swiftType }

        var docLines = DocComment.lines(title: operation.summary, description: operation.description)
        let errorName = errorType.map { "ResponseError<\($0)>" } ?? "ResponseError<JSONValue>"
        let route = "`\(operation.method.rawValue.uppercased()) \(SwiftSource.commentText(operation.path))`"
        docLines.append(
            contentsOf: [
                docLines.isEmpty ? nil : "///",
                "/// \(route). Throws `\(errorName)` for an undocumented or error status.",
            ].compactMap { $0 })
        let upper = plan.typeName.prefix(1).uppercased() + plan.typeName.dropFirst()
        return .success(
            ClientMethodViewModel(
                docLines: docLines, attributes: operation.deprecated ? ["@available(*, deprecated)"] : [],
                name: plan.name, responseName: names.responseMethod(operation),
                requestBuilderName: "make\(upper)Request",
                outputType: "\(names.namespace).\(plan.typeName).\(names.output)",
                route: route, operationID: literal(plan.operationID),
                arguments: Self.argumentList(arguments), builderArguments: Self.argumentList(builderArguments),
                forwardedArguments: Self.argumentList(forwarded, indent: 12),
                returnClause: resultType.map { " -> \($0)" } ?? "", lines: lines,
                statusCases: cases))
    }

    /// Arguments on one line when they fit, else one per line.
    static func argumentList(_ arguments: [String], indent: Int = 8) -> String {
        let single = arguments.joined(separator: ", ")
        guard single.count > 80 else { return single }
        let inner = String(repeating: " ", count: indent)
        let outer = String(repeating: " ", count: indent - 4)
        return "\n" + arguments.map { inner + $0 }.joined(separator: ",\n") + "\n" + outer
    }

    private func schemeKind(_ kind: SecurityScheme.Kind) -> String? {
        switch kind {
        case .http(let scheme, _) where scheme.lowercased() == "basic": ".basic"
        case .http(let scheme, _) where scheme.lowercased() == "bearer": ".bearer"
        case .http: nil
        case .oauth2, .openIdConnect: ".bearer"
        case .apiKey(let name, let location):
            ".apiKey(name: \(literal(name)), location: .\(location == .query ? "query" : location == .cookie ? "cookie" : "header"))"
        case .mutualTLS: nil
        }
    }

    private func literal(_ text: String) -> String {
        SwiftSource.stringLiteral(text)
    }
}
