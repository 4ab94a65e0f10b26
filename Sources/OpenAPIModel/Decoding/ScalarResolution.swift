internal import YAMLLoader

/// Types YAML scalars by the YAML 1.2 core schema, the one JSON-compatible rule set: only plain scalars can be
/// null, booleans or numbers; YAML 1.1's `yes`, `no`, `on`, `off` stay strings.
enum ScalarResolution {
    private static let stringTag = "tag:yaml.org,2002:str"

    /// The typed value of a scalar node; `nil` for sequences and mappings.
    static func resolve(_ node: YAMLNode) -> JSONValue? {
        guard case .scalar(let text, let style) = node.content else { return nil }
        if let tag = node.tag {
            switch tag {
            case stringTag: return .string(text)
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return bool(text).map(JSONValue.bool) ?? .string(text)
            case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float": return number(text) ?? .string(text)
            default: return .string(text)
            }
        }
        guard style.isPlain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        if let value = bool(text) { return .bool(value) }
        if let value = number(text) { return value }
        return .string(text)
    }

    /// Any node as JSON; mappings keep document order.
    static func json(_ node: YAMLNode) -> JSONValue {
        switch node.content {
        case .scalar: return resolve(node) ?? .null
        case .sequence(let items): return .array(items.map(json))
        case .mapping(let pairs):
            return .object(pairs.map { (key: $0.key.scalar ?? "", value: json($0.value)) })
        }
    }

    private static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// Integers (`12`, `-3`, `0x1F`, `0o17`) and floats (`1.5`, `1e3`, `.5`, `.inf`, `.nan`) of the core schema.
    static func number(_ text: String) -> JSONValue? {
        var utf8 = Array(text.utf8)
        guard let first = utf8.first else { return nil }
        if first == UInt8(ascii: "0"), utf8.count > 2 {
            if utf8[1] == UInt8(ascii: "x"), let value = Int(text.dropFirst(2), radix: 16) { return .integer(value) }
            if utf8[1] == UInt8(ascii: "o"), let value = Int(text.dropFirst(2), radix: 8) { return .integer(value) }
        }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity, literal: text)
        case "-.inf", "-.Inf", "-.INF": return .number(-.infinity, literal: text)
        case ".nan", ".NaN", ".NAN": return .number(.nan, literal: text)
        default: break
        }
        var index = 0
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { index = 1 }
        var digits = 0
        var isInteger = true
        while index < utf8.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) {
            index += 1
            digits += 1
        }
        if index < utf8.count, utf8[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            while index < utf8.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) {
                index += 1
                digits += 1
            }
        }
        guard digits > 0 else { return nil }
        if index < utf8.count, utf8[index] == UInt8(ascii: "e") || utf8[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < utf8.count, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") { index += 1 }
            var exponentDigits = 0
            while index < utf8.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) {
                index += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return nil }
        }
        guard index == utf8.count else { return nil }
        if isInteger {
            if first == UInt8(ascii: "+") { utf8.removeFirst() }
            if let value = Int(String(decoding: utf8, as: UTF8.self)) { return .integer(value) }
        }
        guard let value = Double(text) else { return nil }
        return .number(value, literal: text)
    }
}
