/// Turns names from an OpenAPI document into idiomatic Swift identifiers.
///
/// Words are split at separators and case changes; acronyms from a fixed list are written in one case
/// (`account_id` → `accountID`, `redirect_uri` → `redirectURI`, `iban` → `iban`, `IbanCheck` → `IBANCheck`);
/// leading digits get an underscore; the same input always gives the same output.
public enum SwiftName {
    /// Words written all upper-case inside names, as the Swift API guidelines ask for acronyms.
    public static let acronyms: Set<String> = [
        "api", "bic", "csv", "db", "html", "http", "https", "iban", "id", "ids", "ip", "isin", "json", "jwe", "jwt",
        "otp", "pdf", "pin", "psd2", "sca", "sepa", "sms", "sql", "tan", "tls", "ui", "uri", "url", "urls", "uuid",
        "vat", "wkn", "xml",
    ]

    /// Swift keywords; as member names they need backticks.
    public static let keywords: Set<String> = [
        "Any", "Protocol", "Self", "Type", "as", "associatedtype", "break", "case", "catch", "class", "continue",
        "default", "defer", "deinit", "do", "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for",
        "func", "guard", "if", "import", "in", "init", "inout", "internal", "is", "let", "nil", "operator", "private",
        "precedencegroup", "protocol", "public", "repeat", "rethrows", "return", "self", "static", "struct",
        "subscript", "super", "switch", "throw", "throws", "true", "try", "typealias", "var", "where", "while",
    ]

    /// Type names that would shadow Swift or Foundation types every generated file uses.
    public static let reservedTypeNames: Set<String> = [
        "Any", "AnyObject", "Array", "Bool", "Character", "Codable", "Data", "Date", "Decimal", "Decodable",
        "Decoder", "Dictionary", "Double", "Encodable", "Encoder", "Equatable", "Error", "Float", "Hashable", "Int",
        "Int32", "Int64", "Never", "Optional", "Protocol", "Result", "Self", "Sendable", "Set", "String", "Type",
        "URL", "UUID", "Void",
        // PlexusRuntime's and OpenAPIRuntime's types that generated code names without a module.
        "ClientCore", "DateTimeCoding", "DynamicCodingKey", "HTTPBody", "Indirect", "JSONValue", "Nullable",
        "OpenAPIDate", "OpenEnumeration", "ParameterText", "ParameterValue", "ResponseError", "ServerCore",
        "UnionDecodingError", "UUIDCoding", "ValueConstraints",
    ]

    /// The words of `text`: split at anything that is not a letter or digit, and before an upper-case letter that
    /// follows a lower-case one or starts a new word after an acronym (`HTTPServer` → `HTTP`, `Server`).
    public static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(text)
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = []
        }
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber, character.isASCII || character.isLetter else {
                flush()
                continue
            }
            if character.isUppercase, let previous = current.last {
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) { flush() }
            }
            current.append(character)
        }
        flush()
        return words
    }

    /// The longest acronym; longer words are never looked up.
    private static let longestAcronym = 5

    /// The acronyms as lower-case bytes, bucketed by length, so a word is checked without making a string and
    /// only against acronyms of its own length.
    private static let acronymsByLength: [[[UInt8]]] = (0...longestAcronym).map { length in
        acronyms.sorted().map { Array($0.utf8) }.filter { $0.count == length }
    }

    /// True when `word` (ASCII) is an acronym, compared case-insensitively in place.
    private static func isAcronym(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= longestAcronym, let first = word.first else { return false }
        let lowerFirst = first >= 0x41 && first <= 0x5A ? first + 0x20 : first
        for acronym in acronymsByLength[word.count] where acronym[0] == lowerFirst {
            var equal = true
            for offset in 1..<word.count {
                let byte = word[offset]
                if acronym[offset] != (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) {
                    equal = false
                    break
                }
            }
            if equal { return true }
        }
        return false
    }

    /// `typeName`/`memberName` for ASCII text in one pass over bytes, writing the result directly; `nil` when the
    /// text is not ASCII. The rules are those of `words` and `capitalized`.
    private static func asciiCamelCase(_ text: String, upperFirst: Bool) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
            func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 0x20 : byte }
            func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 0x20 : byte }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1)
            var isFirstWord = true
            func emit(_ start: Int, _ end: Int) {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let acronym = isAcronym(word)
                let allUpper = word.allSatisfy { isUpper($0) || isDigit($0) }
                if isFirstWord && !upperFirst {
                    if acronym || allUpper {
                        for byte in word { output.append(lower(byte)) }
                    } else {
                        output.append(lower(word[0]))
                        for byte in word.dropFirst() { output.append(byte) }
                    }
                } else if acronym {
                    for byte in word { output.append(upper(byte)) }
                } else if allUpper {
                    output.append(upper(word[0]))
                    for byte in word.dropFirst() { output.append(lower(byte)) }
                } else {
                    output.append(upper(word[0]))
                    for byte in word.dropFirst() { output.append(byte) }
                }
                isFirstWord = false
            }
            var start = -1
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                    if start >= 0 { emit(start, index) }
                    start = -1
                    continue
                }
                if start < 0 {
                    start = index
                } else if isUpper(byte) {
                    let previous = bytes[index - 1]
                    let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                    if isLower(previous) || isDigit(previous) || (isUpper(previous) && nextIsLower) {
                        emit(start, index)
                        start = index
                    }
                }
            }
            if start >= 0 { emit(start, bytes.count) }
            if let first = output.first, isDigit(first) { output.insert(UInt8(ascii: "_"), at: 0) }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `words` for ASCII text, on bytes: names in documents are nearly always ASCII.
    private static func asciiWords(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var words: [String] = []
        var start = -1
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        for index in bytes.indices {
            let byte = bytes[index]
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                if start >= 0 { words.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = -1
                continue
            }
            if start < 0 {
                start = index
                continue
            }
            if isUpper(byte) {
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                if isLower(previous) || isDigit(previous) || (isUpper(previous) && nextIsLower) {
                    words.append(String(decoding: bytes[start..<index], as: UTF8.self))
                    start = index
                }
            }
        }
        if start >= 0 { words.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return words
    }

    /// `UpperCamelCase` for types.
    public static func typeName(_ text: String) -> String {
        if let name = asciiCamelCase(text, upperFirst: true) { return name.isEmpty ? "Unnamed" : name }
        let name = words(text).map(capitalized).joined()
        return safeStart(name.isEmpty ? "Unnamed" : name)
    }

    /// `lowerCamelCase` for properties, cases, methods and parameters.
    public static func memberName(_ text: String) -> String {
        if let name = asciiCamelCase(text, upperFirst: false) { return name.isEmpty ? "_unnamed" : name }
        let parts = words(text)
        guard let first = parts.first else { return "_unnamed" }
        let head =
            acronyms.contains(first.lowercased()) || first.allSatisfy({ $0.isUppercase || $0.isNumber })
            ? first.lowercased() : lowercasedFirst(first)
        return safeStart(head + parts.dropFirst().map(capitalized).joined())
    }

    /// The identifier as it must be written in source: keywords in backticks.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// True when `name` is a Swift keyword and needs backticks as a member name.
    public static func isKeyword(_ name: String) -> Bool { keywords.contains(name) }

    private static func capitalized(_ word: String) -> String {
        if let ascii = asciiCapitalized(word) { return ascii }
        let lower = word.lowercased()
        if acronyms.contains(lower) { return word.uppercased() }
        if word.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `capitalized` on bytes for ASCII words (nearly all of them); `nil` for anything else.
    private static func asciiCapitalized(_ word: String) -> String? {
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if acronyms.contains(String(decoding: lower, as: UTF8.self)) {
            return String(decoding: bytes.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
        }
        if bytes.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }) { bytes = lower }
        if bytes[0] >= 0x61 && bytes[0] <= 0x7A { bytes[0] -= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func lowercasedFirst(_ word: String) -> String {
        guard let first = word.utf8.first, first >= 0x41 && first <= 0x5A else {
            return word.utf8.first.map { $0 < 0x80 } == true ? word : word.prefix(1).lowercased() + word.dropFirst()
        }
        var bytes = Array(word.utf8)
        bytes[0] += 0x20
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `name` as an identifier Swift accepts: only the scalars the language allows in identifiers, without
    /// invisible formatting characters (zero-width joiners and spaces, bidirectional marks, which the grammar allows
    /// but which make a name read differently from what the compiler sees), starting with a scalar allowed first
    /// (not a digit, not a combining mark), else with an underscore.
    private static func safeStart(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars
        where isIdentifierCharacter(scalar) && scalar.properties.generalCategory != .format {
            scalars.append(scalar)
        }
        guard let first = scalars.first else { return "_" }
        if !isIdentifierHead(first) { scalars.insert("_", at: scalars.startIndex) }
        return String(scalars)
    }

    /// The scalars an identifier may start with (The Swift Programming Language, Lexical Structure: identifier-head).
    static func isIdentifierHead(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0xA8, 0xAA, 0xAD, 0xAF, 0xB2...0xB5, 0xB7...0xBA, 0xBC...0xBE,
            0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x100...0x2FF, 0x370...0x167F, 0x1681...0x180D, 0x180F...0x1DBF,
            0x1E00...0x1FFF, 0x200B...0x200D, 0x202A...0x202E, 0x203F...0x2040, 0x2054, 0x2060...0x206F,
            0x2070...0x20CF, 0x2100...0x218F, 0x2460...0x24FF, 0x2776...0x2793, 0x2C00...0x2DFF, 0x2E80...0x2FFF,
            0x3004...0x3007, 0x3021...0x302F, 0x3031...0x303F, 0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF,
            0xFDF0...0xFE1F, 0xFE30...0xFE44, 0xFE47...0xFFFD:
            return true
        default:
            // U+10000–U+1FFFD, U+20000–U+2FFFD, …, U+E0000–U+EFFFD.
            return value >= 0x10000 && value <= 0xEFFFD && value & 0xFFFF <= 0xFFFD
        }
    }

    /// The scalars an identifier may continue with (identifier-character).
    static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x300...0x36F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: isIdentifierHead(scalar)
        }
    }
}
