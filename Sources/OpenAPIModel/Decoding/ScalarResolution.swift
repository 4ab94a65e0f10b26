public import YAMLLoader

/// Types YAML scalars by the YAML 1.2 core schema, the one JSON-compatible rule set: only plain scalars can be
/// null, booleans or numbers; YAML 1.1's `yes`, `no`, `on`, `off` stay strings.
public enum ScalarResolution {
    private static let stringTag = "tag:yaml.org,2002:str"

    /// The typed value of a scalar node; `nil` for sequences and mappings.
    public static func resolve(_ node: YAMLNode) -> JSONValue? {
        guard let style = node.scalarStyle else { return nil }
        if let tag = node.tag {
            let text = node.scalar ?? ""
            switch tag {
            case stringTag: return .string(text)
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool":
                return node.withScalarBytes(bool).flatMap { $0 }.map(JSONValue.bool) ?? .string(text)
            case "tag:yaml.org,2002:int", "tag:yaml.org,2002:float": return number(text) ?? .string(text)
            default: return .string(text)
            }
        }
        guard style.isPlain else { return .string(node.scalar ?? "") }
        if node.isNull { return .null }
        // Classify by the first byte so most strings are recognised without trying every rule.
        let kind: Kind = node.withScalarBytes(classify) ?? .string
        switch kind {
        case .string: return .string(node.scalar ?? "")
        case .bool(let value): return .bool(value)
        case .maybeNumber:
            let text = node.scalar ?? ""
            return number(text) ?? .string(text)
        }
    }

    private enum Kind {
        case string
        case bool(Bool)
        case maybeNumber
    }

    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> Kind {
        guard let first = bytes.first else { return .string }
        if let value = bool(bytes) { return .bool(value) }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return .maybeNumber
        default:
            return .string
        }
    }

    private static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch bytes.count {
        case 4:
            if bytes.elementsEqual("true".utf8) || bytes.elementsEqual("True".utf8) || bytes.elementsEqual("TRUE".utf8)
            {
                return true
            }
        case 5:
            if bytes.elementsEqual("false".utf8) || bytes.elementsEqual("False".utf8)
                || bytes.elementsEqual("FALSE".utf8)
            {
                return false
            }
        default: break
        }
        return nil
    }

    /// Any node as JSON; mappings keep document order.
    static func json(_ node: YAMLNode) -> JSONValue {
        switch node.kind {
        case .scalar: return resolve(node) ?? .null
        case .sequence: return .array(node.sequence?.map(json) ?? [])
        case .mapping:
            return .object(node.mapping?.map { (key: $0.key.scalar ?? "", value: json($0.value)) } ?? [])
        }
    }

    /// Integers (`12`, `-3`, `0x1F`, `0o17`) and floats (`1.5`, `1e3`, `.5`, `.inf`, `.nan`) of the core schema.
    static func number(_ text: String) -> JSONValue? {
        var bytes = text
        return bytes.withUTF8 { number(bytes: $0, text: text) }
    }

    private static func number(bytes utf8: UnsafeBufferPointer<UInt8>, text: String) -> JSONValue? {
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
        let zero = UInt8(ascii: "0")
        let nine = UInt8(ascii: "9")
        var index = 0
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { index = 1 }
        var digits = 0
        var isInteger = true
        while index < utf8.count, (zero...nine).contains(utf8[index]) {
            index += 1
            digits += 1
        }
        if index < utf8.count, utf8[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            while index < utf8.count, (zero...nine).contains(utf8[index]) {
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
            while index < utf8.count, (zero...nine).contains(utf8[index]) {
                index += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return nil }
        }
        guard index == utf8.count else { return nil }
        if isInteger, let value = Int(first == UInt8(ascii: "+") ? String(text.dropFirst()) : text) {
            return .integer(value)
        }
        guard let value = Double(text) else { return nil }
        return .number(value, literal: text)
    }
}
