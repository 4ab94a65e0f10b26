internal import OpenAPIModel
internal import Resolver

/// The Swift expressions that move an operation's parameters, headers and bodies between typed values and the
/// wire, shared by the client, the operation types and the server stubs so both sides agree.
struct OperationCoding {
    var mapping: SwiftTypeMapping
    var api: ResolvedAPI

    /// How a body is written or read.
    enum Payload: Hashable {
        /// JSON of a Swift type.
        case json(String)
        case text
        case binary
        /// `application/x-www-form-urlencoded` of an object type (request bodies only).
        case form(String)
        /// `multipart/form-data` of an object type, with the document's part content types (request bodies only).
        case multipart(String, contentTypes: [String: String])

        var swiftType: String {
            switch self {
            case .json(let type), .form(let type), .multipart(let type, _): type
            case .text: "String"
            case .binary: "Data"
            }
        }

        /// Reads the body of `operationResponse` (client side).
        var read: String {
            switch self {
            case .json(let type): "try operationResponse.decode(\(type).self)"
            case .text: "operationResponse.text"
            // Responses are never read as forms: `payload(_:)` does not choose them.
            case .binary, .form, .multipart: "operationResponse.data"
            }
        }

        /// Writes `variable` as the body of `target` (`operationRequest` or `operationResponse`).
        func write(_ variable: String, contentType: String, into target: String = "operationRequest") -> String {
            switch self {
            case .json: "try \(target).setJSONBody(\(variable), contentType: \(contentType))"
            case .form: "try \(target).setFormBody(\(variable), contentType: \(contentType))"
            case .multipart(_, let contentTypes) where contentTypes.isEmpty:
                "try \(target).setMultipartBody(\(variable))"
            case .multipart(_, let contentTypes):
                "try \(target).setMultipartBody(\(variable), contentTypes: ["
                    + contentTypes.sorted { $0.key < $1.key }.map {
                        "\(SwiftSource.stringLiteral($0.key)): \(SwiftSource.stringLiteral($0.value))"
                    }
                    .joined(separator: ", ") + "])"
            case .text, .binary: "\(target).setBody(\(variable), contentType: \(contentType))"
            }
        }

        /// Reads the body of `request` (server side).
        func readRequest(required: Bool) -> String {
            switch self {
            case .json(let type):
                required ? "try request.jsonBody(\(type).self)" : "try request.jsonBodyIfPresent(\(type).self)"
            case .text: required ? "try request.textBody()" : "try request.textBodyIfPresent()"
            case .binary: required ? "try request.dataBody()" : "request.dataBodyIfPresent()"
            case .form(let type):
                required ? "try request.formBody(\(type).self)" : "try request.formBodyIfPresent(\(type).self)"
            case .multipart(let type, _):
                required
                    ? "try request.multipartBody(\(type).self)" : "try request.multipartBodyIfPresent(\(type).self)"
            }
        }
    }

    /// The payload of the first media type the generated code handles, JSON first; nil for form and multipart
    /// bodies.
    func payload(_ contents: [ResolvedContent]) -> (payload: Payload, mediaType: String)? {
        if let json = contents.first(where: { $0.encoding == .json }) {
            return (.json(json.type.map { mapping.swiftType($0) } ?? "JSONValue"), json.mediaType)
        }
        if let text = contents.first(where: { $0.encoding == .text }) { return (.text, text.mediaType) }
        if let raw = contents.first(where: { $0.encoding == .binary || $0.encoding == .other }) {
            return (.binary, raw.mediaType)
        }
        return nil
    }

    /// The payload of a request body: JSON first, then a form or multipart object, then text and binary.
    func requestPayload(_ contents: [ResolvedContent]) -> (payload: Payload, mediaType: String)? {
        if let json = contents.first(where: { $0.encoding == .json }) { return payload([json]) }
        for content in contents where content.encoding == .formURLEncoded || content.encoding == .multipart {
            guard let type = content.type?.nonNullable, isObject(type) else { continue }
            let swiftType = mapping.swiftType(type)
            return content.encoding == .formURLEncoded
                ? (.form(swiftType), content.mediaType)
                : (.multipart(swiftType, contentTypes: content.propertyEncodings), content.mediaType)
        }
        return payload(contents)
    }

    static func isSuccess(_ status: ResponseStatus) -> Bool {
        switch status {
        case .code(let code): (200..<300).contains(code)
        case .range(let digit): digit == 2
        case .default: false
        }
    }

    /// Responses in the order a `switch` must test them: codes, then ranges, then `default`.
    static func switchOrder(_ responses: [ResolvedResponse]) -> [ResolvedResponse] {
        func rank(_ status: ResponseStatus) -> (Int, Int) {
            switch status {
            case .code(let code): (0, code)
            case .range(let digit): (1, digit)
            case .default: (2, 0)
            }
        }
        return responses.sorted { rank($0.status) < rank($1.status) }
    }

    static func statusPattern(_ status: ResponseStatus) -> String {
        switch status {
        case .code(let code): String(code)
        case .range(let digit): "\(digit * 100)..<\(digit * 100 + 100)"
        case .default: "_"
        }
    }

    // MARK: Typed value -> wire

    /// The `ParameterValue` (optional when `optional`) for a variable of `type`, or nil when no style carries it.
    func parameterValue(_ type: TypeRef, _ variable: String, optional: Bool) -> String? {
        if case .array(let element) = type {
            guard let text = parameterText(element.nonNullable, "$0") else { return nil }
            return optional
                ? "\(variable).map { ParameterValue.array($0.map { \(text) }) }"
                : "ParameterValue.array(\(variable).map { \(text) })"
        }
        if isObject(type) { return encoded("object", variable, optional: optional) }
        guard let text = parameterText(type, optional ? "$0" : variable) else { return nil }
        return optional ? "\(variable).map { ParameterValue.primitive(\(text)) }" : "ParameterValue.primitive(\(text))"
    }

    /// A value that `ParameterValue.json` or `.object` encodes.
    func encoded(_ function: String, _ variable: String, optional: Bool) -> String {
        optional
            ? "try \(variable).map { try ParameterValue.\(function)($0) }"
            : "try ParameterValue.\(function)(\(variable))"
    }

    /// Objects and maps travel member by member in the parameter's style.
    func isObject(_ type: TypeRef) -> Bool {
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
    func parameterText(_ type: TypeRef, _ variable: String) -> String? {
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

    // MARK: Wire -> typed value

    /// The `ParameterDecoding.Shape` a value of `type` arrives in, or nil when no style carries it.
    func shape(_ type: TypeRef) -> String? {
        if case .array(let element) = type { return parameterText(element.nonNullable, "$0") == nil ? nil : ".array" }
        if isObject(type) { return ".object(memberNames: [\(memberNames(type).map(literal).joined(separator: ", "))])" }
        return parameterText(type, "$0") == nil ? nil : ".primitive"
    }

    /// Reads a `ParameterValue` in `variable` as `type`: the inverse of `parameterValue`.
    func typedValue(_ type: TypeRef, _ variable: String, wireName: String, json: Bool) -> String {
        let parameter = literal(wireName)
        if json { return "try \(variable).json(\(mapping.swiftType(type)).self, parameter: \(parameter))" }
        if case .array(let element) = type {
            return "try \(variable).values(\(mapping.swiftType(element.nonNullable)).self, parameter: \(parameter))"
        }
        if isObject(type) { return "try \(variable).object(\(mapping.swiftType(type)).self, parameter: \(parameter))" }
        return "try \(variable).value(\(mapping.swiftType(type)).self, parameter: \(parameter))"
    }

    /// The wire names of an object type's properties; exploded `form` objects arrive as one query item each.
    private func memberNames(_ type: TypeRef) -> [String] {
        guard case .named(let name) = type, let named = api.type(named: name) else { return [] }
        switch named.kind {
        case .object(let object): return object.properties.map(\.jsonName)
        case .alias(let target): return memberNames(target.nonNullable)
        default: return []
        }
    }

    func literal(_ text: String) -> String {
        SwiftSource.stringLiteral(text)
    }
}
