internal import OpenAPIModel
internal import Resolver

/// How an operation's parameters, headers and bodies move between typed values and the wire, decided once for
/// the client, the operation types and the server stubs so both sides agree: the view models of the expression
/// templates (`ParameterValue.mustache`, `ParameterRead.mustache`, `BodyWrite.mustache`, ...).
struct OperationCoding {
    var mapping: SwiftTypeMapping
    var api: ResolvedAPI
    /// Spells the expressions, each with its template.
    var renderer: TemplateRenderer

    /// How a body is written or read.
    enum Payload: Hashable {
        /// JSON of a Swift type.
        case json(String)
        case text
        /// Bytes passed on as they arrive, never collected (`HTTPBody`): binary and unmodelled media types.
        case bytes
        /// `application/x-www-form-urlencoded` of an object type (request bodies only).
        case form(String)
        /// `multipart/form-data` of an object type, with the document's part content types (request bodies only).
        case multipart(String, contentTypes: [String: String])
        /// Server-sent events whose `data` is JSON of a Swift type, or text when `nil`.
        case events(String?)
        /// JSON Lines of a Swift item type.
        case jsonLines(String)
        /// JSON Text Sequences of a Swift item type.
        case jsonSequence(String)

        var swiftType: String {
            switch self {
            case .json(let type), .form(let type), .multipart(let type, _): type
            case .text: "String"
            case .bytes: "HTTPBody"
            case .events(let payload?): "ItemStream<ServerSentEventWithJSONData<\(payload)>>"
            case .events(nil): "ItemStream<ServerSentEvent>"
            case .jsonLines(let item), .jsonSequence(let item): "ItemStream<\(item)>"
            }
        }

        /// The body is read and written as it arrives, never collected.
        var streams: Bool {
            switch self {
            case .bytes, .events, .jsonLines, .jsonSequence: true
            case .json, .text, .form, .multipart: false
            }
        }

        /// The body's view model for `BodyWrite.mustache`, `ResponseBodyRead.mustache` and
        /// `RequestBodyRead.mustache`.
        func body(
            value: String = "", into target: String = "", contentType: String = "", required: Bool = true
        ) -> BodyViewModel {
            var model = BodyViewModel(
                shape: .bytes, type: swiftType, value: value, target: target,
                contentType: contentType.isEmpty ? "" : SwiftSource.stringLiteral(contentType), required: required)
            switch self {
            case .json: model.shape = .json
            case .text: model.shape = .text
            case .bytes: model.shape = .bytes
            case .form: model.shape = .form
            case .events(let payload?):
                model.shape = .events
                model.itemType = payload
            case .events(nil): model.shape = .textEvents
            case .jsonLines(let item):
                model.shape = .jsonLines
                model.itemType = item
            case .jsonSequence(let item):
                model.shape = .jsonSequence
                model.itemType = item
            case .multipart(_, let contentTypes):
                model.shape = .multipart
                model.partContentTypes = contentTypes.sorted { $0.key < $1.key }.map {
                    PartContentTypeViewModel(
                        part: SwiftSource.stringLiteral($0.key), partContentType: SwiftSource.stringLiteral($0.value))
                }
            }
            return model
        }
    }

    /// The payload of the first media type the generated code handles: JSON first, then streams of items (event
    /// streams, JSON Lines, JSON Sequences), then text, then bytes; nil for form and multipart bodies.
    func payload(_ contents: [ResolvedContent]) -> (payload: Payload, mediaType: String)? {
        if let json = contents.first(where: { $0.encoding == .json }) {
            return (.json(json.type.map { mapping.swiftType($0) } ?? "JSONValue"), json.mediaType)
        }
        for content in contents {
            switch content.encoding {
            case .eventStream: return (.events(eventPayload(content)), content.mediaType)
            case .jsonLines: return (.jsonLines(itemType(content)), content.mediaType)
            case .jsonSequence: return (.jsonSequence(itemType(content)), content.mediaType)
            default: continue
            }
        }
        if let text = contents.first(where: { $0.encoding == .text }) { return (.text, text.mediaType) }
        if let raw = contents.first(where: { $0.encoding == .binary || $0.encoding == .other }) {
            return (.bytes, raw.mediaType)
        }
        return nil
    }

    /// The Swift type of one item of a JSON Lines or JSON Sequence body; any JSON when the document gives none.
    private func itemType(_ content: ResolvedContent) -> String {
        content.itemType.map { mapping.swiftType($0) } ?? "JSONValue"
    }

    /// The Swift type of an event's JSON `data`, or nil when the data is text: the `data` property of a 3.2
    /// `itemSchema` (which describes the whole event), else the item type; no schema at all means text.
    private func eventPayload(_ content: ResolvedContent) -> String? {
        guard var data = content.itemType else { return nil }
        if content.itemDescribesEvent {
            guard case .named(let name) = data.nonNullable, case .object(let object)? = api.type(named: name)?.kind,
                let property = object.properties.first(where: { $0.jsonName == "data" })
            else { return nil }
            data = property.type
        }
        if case .primitive(.string) = data.nonNullable { return nil }
        return mapping.swiftType(data.nonNullable)
    }

    /// The payload of a request body: JSON first, then a form or multipart object, then the others as `payload`.
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

    static func status(_ status: ResponseStatus) -> StatusViewModel {
        switch status {
        case .code(let code): StatusViewModel(code: code, range: nil)
        case .range(let digit): StatusViewModel(code: nil, range: digit)
        case .default: StatusViewModel(code: nil, range: nil)
        }
    }

    // MARK: Typed value -> wire

    /// How a variable of `type` becomes a `ParameterValue` (optional when `optional`), or nil when no style
    /// carries it.
    func parameterValue(_ type: TypeRef, _ variable: String, optional: Bool) -> ParameterValueViewModel? {
        if isEncodedByForm(type) {
            return ParameterValueViewModel(value: variable, optional: optional, shape: .encoded)
        }
        if isObject(type) {
            return ParameterValueViewModel(value: variable, optional: optional, shape: .object)
        }
        // A scalar or a list of scalars: `PlexusRuntime` gives both a `parameterValue`.
        let scalar: TypeRef
        if case .array(let element) = type { scalar = element.nonNullable } else { scalar = type }
        guard hasText(scalar) else { return nil }
        return ParameterValueViewModel(value: variable, optional: optional, shape: .text)
    }

    /// A parameter declared with `content`, sent as JSON text.
    func jsonParameterValue(_ variable: String, optional: Bool) -> ParameterValueViewModel {
        ParameterValueViewModel(value: variable, optional: optional, shape: .json)
    }

    /// Why no parameter style carries a value of `type`, for the warning that leaves its operation out.
    func whyNoStyleCarries(_ type: TypeRef, parameter: String) -> String {
        let what: String
        switch type {
        case .array(let element) where isObject(element.nonNullable): what = "a list of objects"
        case .array(.array): what = "a list of lists"
        case .array: what = "a list of values that are not text"
        case .anyJSON: what = "any JSON value"
        case .named where isObject(type): what = "an object with members that are not text"
        default: what = "a value with no text form"
        }
        return "parameter '\(parameter)' is \(what), which no parameter style can carry; "
            + "declare it with `content: {application/json: ...}` to send it as JSON"
    }

    /// The delimiter between a list's items when the style sends the list as one item, `nil` when each item is
    /// sent on its own (exploded `form`, `deepObject`).
    static func listSeparator(style: String, explode: Bool) -> String? {
        switch (style, explode) {
        case ("spaceDelimited", false): " "
        case ("pipeDelimited", false): "|"
        case ("label", true): "."
        case ("form", true), ("deepObject", _), ("spaceDelimited", true), ("pipeDelimited", true), ("matrix", true):
            nil
        default: ","
        }
    }

    /// A union, or a list of unions: the value takes the form of the variant a caller chose (one text, a list,
    /// members), and a server reads it in the form it arrives, letting the variants decide.
    func isEncodedByForm(_ type: TypeRef) -> Bool {
        if case .array(let element) = type { return unionMemberNames(element.nonNullable) != nil }
        return unionMemberNames(type) != nil
    }

    /// The member names of a union's object variants; `nil` when `type` is not a union.
    func unionMemberNames(_ type: TypeRef) -> [String]? {
        guard case .named(let name) = type, let named = api.type(named: name) else { return nil }
        switch named.kind {
        case .alias(let target): return unionMemberNames(target.nonNullable)
        case .union(let union):
            var names: [String] = []
            for variant in union.cases where isObject(variant.type.nonNullable) {
                for member in memberNames(variant.type.nonNullable) where !names.contains(member) {
                    names.append(member)
                }
            }
            return names
        default: return nil
        }
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

    /// Whether a value of `type` has a wire text (`PlexusRuntime.ParameterText`: scalars and enumerations; not
    /// objects, maps and unions).
    func hasText(_ type: TypeRef) -> Bool {
        switch type {
        case .primitive: return true
        case .named(let name):
            guard let named = api.type(named: name) else { return false }
            switch named.kind {
            case .alias(let target): return hasText(target.nonNullable)
            case .enumeration: return true
            case .object, .union: return false
            }
        case .array, .map, .nullable, .anyJSON: return false
        }
    }

    // MARK: Wire -> typed value

    /// How a value of `type` arrives, or nil when no style carries it.
    func shape(_ type: TypeRef) -> ParameterShapeViewModel? {
        if let memberNames = unionMemberNames(type) {
            return ParameterShapeViewModel(shape: .union, memberNames: memberNames.map(literal))
        }
        if case .array = type, isEncodedByForm(type) {
            return ParameterShapeViewModel(shape: .array, memberNames: [])
        }
        if case .array(let element) = type {
            return hasText(element.nonNullable) ? ParameterShapeViewModel(shape: .array, memberNames: []) : nil
        }
        if isObject(type) {
            return ParameterShapeViewModel(shape: .object, memberNames: memberNames(type).map(literal))
        }
        return hasText(type) ? ParameterShapeViewModel(shape: .primitive, memberNames: []) : nil
    }

    /// Reads the `ParameterValue` that `source` gives as `type`: the inverse of `parameterValue`.
    /// - Parameter separator: the delimiter of a list sent as one item in the parameter's style, for a union that
    ///   may be a list.
    func typedValue(
        _ type: TypeRef, from source: String, wireName: String, json: Bool, optional: Bool, separator: String? = nil
    ) -> ParameterReadViewModel {
        var model = ParameterReadViewModel(
            source: source, optional: optional, shape: .single, type: mapping.swiftType(type),
            wireName: literal(wireName), separator: separator.map(literal) ?? "nil")
        if json {
            model.shape = .json
        } else if isEncodedByForm(type) {
            model.shape = .decoded
        } else if case .array(let element) = type {
            model.shape = .list
            model.type = mapping.swiftType(element.nonNullable)
        } else if isObject(type) {
            model.shape = .object
        }
        return model
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
