import Foundation

extension ParameterValue {
    /// A parameter declared with `content` (e.g. `application/json`): the whole value as one JSON text.
    public static func json(_ value: some Encodable) throws -> ParameterValue {
        .primitive(String(decoding: try RequestJSONEncoder.make().encode(value), as: UTF8.self))
    }

    /// An object parameter with a style (`form`, `deepObject`, ...): its top-level members as text, in key order.
    /// Strings are sent as they are, numbers and booleans as JSON writes them, nested values as JSON text.
    public static func object(_ value: some Encodable) throws -> ParameterValue {
        let encoder = RequestJSONEncoder.make()
        let data = try encoder.encode(value)
        guard case .object(let members) = try JSONDecoder().decode(JSONValue.self, from: data) else {
            throw ClientMessageError(description: "\(type(of: value)) does not encode as a JSON object")
        }
        return .object(
            try members.sorted { $0.key < $1.key }.map { key, member in
                switch member {
                case .string(let text): return Member(key, text)
                case .null: return Member(key, "")
                default: return Member(key, String(decoding: try encoder.encode(member), as: UTF8.self))
                }
            })
    }

    /// Any value in the form its JSON has: text for a string, number or boolean (as JSON writes them), a list of
    /// texts for an array, members for an object (as `object(_:)`). For parameters whose schema is a union: the
    /// variant a caller chose decides the form.
    public static func encoded(_ value: some Encodable) throws -> ParameterValue {
        let encoder = RequestJSONEncoder.make()
        let json = try JSONDecoder().decode(JSONValue.self, from: try encoder.encode(value))
        func text(_ value: JSONValue) throws -> String {
            switch value {
            case .string(let text): return text
            case .null: return ""
            default: return String(decoding: try encoder.encode(value), as: UTF8.self)
            }
        }
        switch json {
        case .array(let items): return .array(try items.map(text))
        case .object: return try object(value)
        default: return .primitive(try text(json))
        }
    }
}
