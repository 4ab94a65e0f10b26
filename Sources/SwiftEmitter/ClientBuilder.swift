internal import OpenAPIModel
internal import Resolver

/// Turns the operations of a resolved API into the view model of `Client.mustache`: one method per operation,
/// its request built with `PlexusRuntime`'s parameter encoding and its responses read into documented types.
struct ClientBuilder {
    var mapping: SwiftTypeMapping
    var api: ResolvedAPI
    var access: String

    /// An operation the client does not generate, and why.
    struct Skipped {
        var operation: ResolvedOperation
        var reason: String
    }

    func build(_ operations: [ResolvedOperation]) -> (ClientViewModel, [Skipped]) {
        var methods: [ClientMethodViewModel] = []
        var skipped: [Skipped] = []
        for operation in operations.sorted(by: { $0.name < $1.name }) {
            switch method(for: operation) {
            case .success(let method): methods.append(method)
            case .failure(let reason): skipped.append(Skipped(operation: operation, reason: reason.description))
            }
        }
        let schemes = api.securitySchemes.compactMap { scheme -> ClientSchemeViewModel? in
            guard let kind = schemeKind(scheme.kind) else { return nil }
            return ClientSchemeViewModel(
                docLines: DocComment.lines(title: nil, description: scheme.description),
                property: SwiftName.escaped(scheme.swiftName), name: literal(scheme.name), kind: kind)
        }
        let left = Set(skipped.map(\.operation.name))
        let requirements = operations.sorted(by: { $0.name < $1.name }).compactMap { operation -> String? in
            guard !operation.security.isEmpty, !left.contains(operation.name) else { return nil }
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

    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    private func method(for operation: ResolvedOperation) -> Result<ClientMethodViewModel, Unsupported> {
        let operationID = operation.operationId ?? operation.name
        var arguments: [String] = []
        var lines: [String] = [
            "var operationRequest = OperationRequest(method: \(methodLiteral(operation.method)), path: \(literal(operation.path)))"
        ]
        let parameterNames = Set(operation.parameters.map(\.name))
        for parameter in operation.parameters {
            let label = SwiftName.escaped(parameter.name)
            // A parameter must not hide `self` or the method's own locals, so those get another internal name.
            let shadows = Self.reservedLocals.contains(parameter.name)
            let name = shadows ? parameter.name + "Value" : label
            let declared = shadows ? "\(label) \(name)" : label
            let type = mapping.swiftType(parameter.type.nonNullable)
            let optional = !parameter.required || parameter.type.isNullable
            arguments.append(optional ? "\(declared): \(type)? = nil" : "\(declared): \(type)")
            guard let value = parameter.contentType != nil
                ? encoded("json", name, optional: optional)
                : parameterValue(parameter.type.nonNullable, name, optional: optional)
            else {
                return .failure(Unsupported(description: "parameter '\(parameter.wireName)' has a type a parameter cannot carry"))
            }
            let wire = literal(parameter.wireName)
            let style = ".\(parameter.style.rawValue)"
            switch parameter.location {
            case .path:
                lines.append("try operationRequest.setPath(\(wire), \(value), style: \(style), explode: \(parameter.explode))")
            case .query:
                lines.append(
                    "try operationRequest.addQuery(\(wire), \(value), style: \(style), explode: \(parameter.explode)"
                        + (parameter.allowReserved ? ", allowReserved: true)" : ")"))
            case .header:
                lines.append("try operationRequest.setHeader(\(wire), \(value), explode: \(parameter.explode))")
            case .cookie:
                lines.append("operationRequest.addCookie(\(wire), \(value), explode: \(parameter.explode))")
            }
        }
        if let body = operation.requestBody {
            guard let content = body.contents.first(where: { $0.encoding == .json }), let type = content.type else {
                let kinds = body.contents.map(\.mediaType).joined(separator: ", ")
                return .failure(Unsupported(description: "request body '\(kinds)' is not supported by the client yet (JSON is)"))
            }
            let label = parameterNames.contains("body") ? "requestBody" : "body"
            let swiftType = mapping.swiftType(type)
            if body.required {
                arguments.append("\(label): \(swiftType)")
                lines.append("try operationRequest.setJSONBody(\(label), contentType: \(literal(content.mediaType)))")
            } else {
                arguments.append("\(label): \(swiftType)? = nil")
                lines.append(
                    "if let \(label) { try operationRequest.setJSONBody(\(label), contentType: \(literal(content.mediaType))) }")
            }
        }

        let successes = operation.responses.filter { isSuccess($0.status) }
        let successTypes = successes.compactMap { $0.contents.first(where: { $0.encoding == .json })?.type }
        let distinctSuccess = Set(successTypes.map { mapping.swiftType($0) })
        let returnType: String?
        switch distinctSuccess.count {
        case 0: returnType = nil
        case 1: returnType = distinctSuccess.first
        default: returnType = "JSONValue"
        }
        let failures = operation.responses.filter { !isSuccess($0.status) }
        let errorTypes = Set(failures.compactMap { $0.contents.first(where: { $0.encoding == .json })?.type }.map(mapping.swiftType))
        let errorType = errorTypes.count == 1 ? errorTypes.first : nil

        if lines.count == 1 { lines[0] = "let" + lines[0].dropFirst(3) }
        lines.append("let operationResponse = try await self.core.send(operationRequest, operationID: \(literal(operationID)))")
        var cases: [String] = []
        let bodiless = successes.filter { $0.contents.first(where: { $0.encoding == .json })?.type == nil }
        for response in successes.sorted(by: { $0.status < $1.status }) {
            let pattern = statusPattern(response.status)
            let hasBody = response.contents.first(where: { $0.encoding == .json })?.type != nil
            switch (returnType, hasBody) {
            case (nil, _): cases.append("case \(pattern): return")
            case (let type?, true): cases.append("case \(pattern): return try operationResponse.decode(\(type).self)")
            case (_, false): cases.append("case \(pattern): return nil")
            }
        }
        let errorExpression = errorType.map { "operationResponse.error(\($0).self)" } ?? "operationResponse.error()"
        cases.append("default: throw \(errorExpression)")
        let resultType = returnType.map { bodiless.isEmpty || $0.hasSuffix("?") ? $0 : "\($0)?" }

        var docLines = DocComment.lines(title: operation.summary, description: operation.description)
        let errorName = errorType.map { "ResponseError<\($0)>" } ?? "ResponseError<JSONValue>"
        docLines.append(contentsOf: [docLines.isEmpty ? nil : "///", "/// `\(operation.method.rawValue.uppercased()) \(operation.path)`. Throws `\(errorName)` for an undocumented or error status."].compactMap { $0 })
        return .success(
            ClientMethodViewModel(
                docLines: docLines, attributes: operation.deprecated ? ["@available(*, deprecated)"] : [],
                name: SwiftName.escaped(operation.name), arguments: Self.argumentList(arguments),
                returnClause: resultType.map { " -> \($0)" } ?? "", lines: lines,
                statusCases: cases))
    }

    /// Arguments on one line when they fit, else one per line.
    static func argumentList(_ arguments: [String]) -> String {
        let single = arguments.joined(separator: ", ")
        guard single.count > 80 else { return single }
        return "\n" + arguments.map { "        " + $0 }.joined(separator: ",\n") + "\n    "
    }

    private func isSuccess(_ status: ResponseStatus) -> Bool {
        switch status {
        case .code(let code): (200..<300).contains(code)
        case .range(let digit): digit == 2
        case .default: false
        }
    }

    private func statusPattern(_ status: ResponseStatus) -> String {
        switch status {
        case .code(let code): String(code)
        case .range(let digit): "\(digit * 100)..<\(digit * 100 + 100)"
        case .default: "_"
        }
    }

    /// The `ParameterValue` (optional when `optional`) for a variable of `type`, or nil when no style carries it.
    private func parameterValue(_ type: TypeRef, _ variable: String, optional: Bool) -> String? {
        if case .array(let element) = type {
            guard let text = parameterText(element.nonNullable, "$0") else { return nil }
            return optional ? "\(variable).map { ParameterValue.array($0.map { \(text) }) }"
                : "ParameterValue.array(\(variable).map { \(text) })"
        }
        if isObject(type) { return encoded("object", variable, optional: optional) }
        guard let text = parameterText(type, optional ? "$0" : variable) else { return nil }
        return optional ? "\(variable).map { ParameterValue.primitive(\(text)) }" : "ParameterValue.primitive(\(text))"
    }

    /// A value that `ParameterValue.json` or `.object` encodes.
    private func encoded(_ function: String, _ variable: String, optional: Bool) -> String {
        optional ? "try \(variable).map { try ParameterValue.\(function)($0) }" : "try ParameterValue.\(function)(\(variable))"
    }

    /// Objects and maps travel member by member in the parameter's style.
    private func isObject(_ type: TypeRef) -> Bool {
        switch type {
        case .map: return true
        case .named(let name):
            switch api.type(named: name)?.kind {
            case .object: return true
            case .alias(let target): return isObject(target.nonNullable)
            default: return false
            }
        default: return false
        }
    }

    /// The wire text of a scalar value, or nil for objects, maps and unions.
    private func parameterText(_ type: TypeRef, _ variable: String) -> String? {
        switch type {
        case .primitive(.uri): return "\(variable).absoluteString"
        case .primitive(.base64), .primitive(.binary): return "\(variable).base64EncodedString()"
        case .primitive: return "\(variable).parameterText"
        case .named(let name):
            guard let named = api.type(named: name) else { return nil }
            switch named.kind {
            case .alias(let target): return parameterText(target.nonNullable, variable)
            case .enumeration(let enumeration):
                return enumeration.rawType == .string ? "\(variable).rawValue" : "String(\(variable).rawValue)"
            case .object, .union: return nil
            }
        case .array, .map, .nullable, .anyJSON: return nil
        }
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

    private func methodLiteral(_ method: HTTPMethod) -> String {
        ".\(method.rawValue)"
    }

    private func literal(_ text: String) -> String {
        "\"\(StructBuilder.escapeString(text))\""
    }
}
