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
        var included: [ResolvedOperation] = []
        var skipped: [Skipped] = []
        for operation in operations.sorted(by: { $0.name < $1.name }) {
            switch method(for: operation) {
            case .success(let method):
                methods.append(method)
                included.append(operation)
            case .failure(let reason): skipped.append(Skipped(operation: operation, reason: reason.description))
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

    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    private func method(for operation: ResolvedOperation) -> Result<ClientMethodViewModel, Unsupported> {
        let operationID = operation.operationId ?? operation.name
        var arguments: [String] = []
        var accepted: [String] = []
        for content in operation.responses.flatMap(\.contents) where !accepted.contains(content.mediaType) {
            accepted.append(content.mediaType)
        }
        let accept = accepted.isEmpty || accepted == ["application/json"]
            ? "" : ", accept: \(literal(accepted.joined(separator: ", ")))"
        var lines: [String] = [
            "var operationRequest = OperationRequest(method: \(methodLiteral(operation.method)), path: \(literal(operation.path))\(accept))"
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
            guard let (payload, mediaType) = payload(body.contents) else {
                let kinds = body.contents.map(\.mediaType).joined(separator: ", ")
                return .failure(Unsupported(
                    description: "request body '\(kinds)' is not supported by the client yet (JSON, text and binary are)"))
            }
            let label = parameterNames.contains("body") ? "requestBody" : "body"
            let write = payload.write(label, contentType: literal(mediaType))
            if body.required {
                arguments.append("\(label): \(payload.swiftType)")
                lines.append(write)
            } else {
                arguments.append("\(label): \(payload.swiftType)? = nil")
                lines.append("if let \(label) { \(write) }")
            }
        }

        let successes = operation.responses.filter { isSuccess($0.status) }.sorted { $0.status < $1.status }
        let successPayloads = successes.map { payload($0.contents)?.payload }
        let kinds = Set(successPayloads.compactMap { $0 })
        let returned: Payload?
        switch kinds.count {
        case 0: returned = nil
        case 1: returned = kinds.first
        default: returned = kinds.allSatisfy { if case .json = $0 { true } else { false } } ? .json("JSONValue") : .binary
        }
        let failures = operation.responses.filter { !isSuccess($0.status) }
        let errorTypes = Set(failures.compactMap { $0.contents.first(where: { $0.encoding == .json })?.type }.map(mapping.swiftType))
        let errorType = errorTypes.count == 1 ? errorTypes.first : nil

        if lines.count == 1 { lines[0] = "let" + lines[0].dropFirst(3) }
        lines.append("let operationResponse = try await self.core.send(operationRequest, operationID: \(literal(operationID)))")
        var cases: [String] = []
        for (response, payload) in zip(successes, successPayloads) {
            let pattern = statusPattern(response.status)
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

    /// How the client writes or reads a body.
    enum Payload: Hashable {
        /// JSON of a Swift type.
        case json(String)
        case text
        case binary

        var swiftType: String {
            switch self {
            case .json(let type): type
            case .text: "String"
            case .binary: "Data"
            }
        }

        var read: String {
            switch self {
            case .json(let type): "try operationResponse.decode(\(type).self)"
            case .text: "operationResponse.text"
            case .binary: "operationResponse.data"
            }
        }

        func write(_ variable: String, contentType: String) -> String {
            switch self {
            case .json: "try operationRequest.setJSONBody(\(variable), contentType: \(contentType))"
            case .text: "operationRequest.setBody(Data(\(variable).utf8), contentType: \(contentType))"
            case .binary: "operationRequest.setBody(\(variable), contentType: \(contentType))"
            }
        }
    }

    /// The payload of the first media type the client handles, JSON first; nil for form and multipart bodies.
    private func payload(_ contents: [ResolvedContent]) -> (payload: Payload, mediaType: String)? {
        if let json = contents.first(where: { $0.encoding == .json }) {
            return (.json(json.type.map { mapping.swiftType($0) } ?? "JSONValue"), json.mediaType)
        }
        if let text = contents.first(where: { $0.encoding == .text }) { return (.text, text.mediaType) }
        if let raw = contents.first(where: { $0.encoding == .binary || $0.encoding == .other }) {
            return (.binary, raw.mediaType)
        }
        return nil
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
        StructBuilder.stringLiteral(text)
    }
}
