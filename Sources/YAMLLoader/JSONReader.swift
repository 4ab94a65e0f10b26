internal import Diagnostics

/// Reads a JSON document (RFC 8259) into the same located node tree as YAML.
///
/// libyaml reads most JSON, but not all of it: it refuses `\ud83d\ude00` (a character outside the Basic
/// Multilingual Plane written as a surrogate pair) and keys longer than 1,024 characters, both valid JSON and both
/// seen in published documents. This reader takes JSON exactly: strings become double-quoted scalars, numbers,
/// `true`, `false` and `null` plain ones, so every later stage reads the tree as it reads YAML. Lines and columns
/// count as libyaml counts them (columns in Unicode scalars, `\r\n` one line break), so a node has the same
/// location whichever reader built it. The nesting is walked with an explicit stack, never recursion.
struct JSONReader {
    let bytes: [UInt8]
    let file: String
    var tree: YAMLTreeBuilder
    var position = 0
    var line: UInt32 = 1
    /// A column already counted on the current line, to count forward from: long single-line (minified) files
    /// would cost time quadratic in their length if each column were counted from the start of the line.
    var countedOffset = 0
    var countedColumn: UInt32 = 1
    var unescaped: [UInt8] = []

    init(bytes: [UInt8], file: String, limits: YAMLLoaderLimits) {
        self.bytes = bytes
        self.file = file
        tree = YAMLTreeBuilder(file: file, limits: limits, sourceBytes: bytes.count)
    }

    /// True when `bytes` open (after a byte order mark and blanks) with `{` or `[`: JSON, or YAML flow style.
    static func looksLikeJSON(_ bytes: [UInt8], file: String) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        return index < bytes.count && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "["))
    }

    /// True unless the file's name says it is JSON: a file named otherwise that fails as JSON is read as YAML.
    static func mayBeYAMLFlow(file: String) -> Bool {
        !file.lowercased().hasSuffix(".json")
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    // MARK: Reading

    mutating func read() throws(YAMLError) -> YAMLDocument {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            position = 3
            countedOffset = 3
        }
        skipBlanks()
        guard position < bytes.count else {
            throw YAMLError(.emptyDocument, "the file contains no JSON value", at: location())
        }
        // true for an object, false for an array.
        var open: [Bool] = []
        while true {
            try readValue(&open)
            while true {
                skipBlanks()
                guard let isObject = open.last else {
                    guard position >= bytes.count else {
                        throw syntax("unexpected \(describeNext()) after the end of the JSON value")
                    }
                    return try tree.finish()
                }
                let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                guard position < bytes.count else {
                    throw syntax("unexpected end of file: '\(Character(Unicode.Scalar(closer)))' never closes")
                }
                let byte = bytes[position]
                if byte == closer {
                    position += 1
                    open.removeLast()
                    try tree.endCollection()
                    continue
                }
                guard byte == UInt8(ascii: ",") else {
                    throw syntax(
                        "expected ',' or '\(Character(Unicode.Scalar(closer)))' after \(isObject ? "an object member" : "an array item"), found \(describeNext())"
                    )
                }
                let comma = location()
                position += 1
                skipBlanks()
                if position < bytes.count, bytes[position] == closer {
                    throw YAMLError(
                        .syntax,
                        "a trailing comma before '\(Character(Unicode.Scalar(closer)))' is not allowed in JSON",
                        at: comma)
                }
                if isObject { try readKey() }
                break
            }
        }
    }

    /// Reads one value. An object or array that is not empty is left open on `open`, and its first value (an
    /// object's after its key) read in turn, until a scalar or an empty collection ends the descent.
    mutating func readValue(_ open: inout [Bool]) throws(YAMLError) {
        while true {
            skipBlanks()
            guard position < bytes.count else { throw syntax("unexpected end of file: expected a value") }
            let (line, column) = mark()
            switch bytes[position] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[position] == UInt8(ascii: "{")
                try tree.beginCollection(mapping: isObject, line: line, column: column, tag: nil, anchor: nil)
                position += 1
                skipBlanks()
                if position < bytes.count, bytes[position] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    position += 1
                    try tree.endCollection()
                    return
                }
                open.append(isObject)
                if isObject { try readKey() }
            case UInt8(ascii: "\""):
                return try readString(line: line, column: column)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return try readNumber(line: line, column: column)
            case UInt8(ascii: "t"):
                return try readLiteral("true", line: line, column: column)
            case UInt8(ascii: "f"):
                return try readLiteral("false", line: line, column: column)
            case UInt8(ascii: "n"):
                return try readLiteral("null", line: line, column: column)
            default:
                throw syntax("expected a value, found \(describeNext())")
            }
        }
    }

    /// Reads an object member's key and the `:` after it.
    mutating func readKey() throws(YAMLError) {
        skipBlanks()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw syntax(
                position < bytes.count && bytes[position] == UInt8(ascii: "}")
                    ? "expected an object key, found '}'"
                    : "expected an object key (a string in double quotes), found \(describeNext())")
        }
        let (line, column) = mark()
        try readString(line: line, column: column)
        skipBlanks()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw syntax("expected ':' after an object key, found \(describeNext())")
        }
        position += 1
    }

    mutating func readLiteral(_ literal: StaticString, line: UInt32, column: UInt32) throws(YAMLError) {
        let count = literal.utf8CodeUnitCount
        let matches = literal.withUTF8Buffer { expected in
            position + count <= bytes.count && (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
        }
        guard matches else { throw syntax("expected a value, found \(describeNext())") }
        let start = position
        position += count
        try add(start..<position, style: .plain, line: line, column: column)
    }

    mutating func readNumber(line: UInt32, column: UInt32) throws(YAMLError) {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else {
            throw syntax("a number needs a digit after '-', found \(describeNext())")
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) {
                throw syntax("a JSON number does not start with 0 followed by digits")
            }
        } else {
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw syntax("a number needs a digit after '.', found \(describeNext())")
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw syntax("a number needs a digit in its exponent, found \(describeNext())")
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        try add(start..<position, style: .plain, line: line, column: column)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Reads a string starting at its opening quote; text without escapes is stored without copying it twice.
    mutating func readString(line: UInt32, column: UInt32) throws(YAMLError) {
        position += 1
        let start = position
        var hasEscapes = false
        unescaped.removeAll(keepingCapacity: true)
        var runStart = position
        while true {
            guard position < bytes.count else {
                throw YAMLError(
                    .syntax, "unterminated string: the file ends before its closing '\"'",
                    at: SourceLocation(file: file, line: Int(line), column: Int(column)))
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                if !hasEscapes { hasEscapes = true }
                unescaped.append(contentsOf: bytes[runStart..<position])
                try readEscape()
                runStart = position
                continue
            }
            if byte < 0x20 {
                throw syntax(
                    byte == 0x0A || byte == 0x0D
                        ? "a line break inside a string must be written '\\n'; is a closing '\"' missing?"
                        : "a control character (0x\(hex(byte))) inside a string must be escaped")
            }
            if byte < 0x80 {
                position += 1
            } else {
                try skipUTF8Sequence()
            }
        }
        let end = position
        position += 1
        if hasEscapes {
            unescaped.append(contentsOf: bytes[runStart..<end])
            let text = unescaped
            try text.withUnsafeBufferPointer { (buffer) throws(YAMLError) in
                try tree.addScalar(buffer, style: .doubleQuoted, line: line, column: column, tag: nil, anchor: nil)
            }
        } else {
            try add(start..<end, style: .doubleQuoted, line: line, column: column)
        }
    }

    mutating func add(_ range: Range<Int>, style: YAMLScalarStyle, line: UInt32, column: UInt32) throws(YAMLError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) in
            try tree.addScalar(
                UnsafeBufferPointer(rebasing: buffer[range]), style: style, line: line, column: column, tag: nil,
                anchor: nil)
        }
    }

    /// Reads one escape sequence, the backslash at `position`, into `unescaped`.
    mutating func readEscape() throws(YAMLError) {
        guard position + 1 < bytes.count else { throw syntax("unterminated escape sequence at the end of the file") }
        let letter = bytes[position + 1]
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "\""): 0x22
            case UInt8(ascii: "\\"): 0x5C
            case UInt8(ascii: "/"): 0x2F
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            unescaped.append(simple)
            position += 2
            return
        }
        guard letter == UInt8(ascii: "u") else {
            throw syntax(
                "invalid escape '\\\(letter < 0x80 && letter >= 0x20 ? String(UnicodeScalar(letter)) : "0x" + hex(letter))' in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
            )
        }
        let escapeStart = location()
        let first = try readHexQuad(at: position + 2)
        position += 6
        var scalarValue = UInt32(first)
        if (0xD800...0xDBFF).contains(first) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            else {
                throw YAMLError(
                    .syntax,
                    "'\\u\(hex16(first))' is the first half of a UTF-16 surrogate pair; the second half ('\\uDC00'…'\\uDFFF') must follow",
                    at: escapeStart)
            }
            let second = try readHexQuad(at: position + 2)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw YAMLError(
                    .syntax,
                    "'\\u\(hex16(first))' must be followed by the second half of a surrogate pair ('\\uDC00'…'\\uDFFF'), not '\\u\(hex16(second))'",
                    at: escapeStart)
            }
            position += 6
            scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(first) {
            throw YAMLError(
                .syntax,
                "'\\u\(hex16(first))' is the second half of a UTF-16 surrogate pair without a first half before it",
                at: escapeStart)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw YAMLError(.syntax, "invalid Unicode escape", at: escapeStart)
        }
        unescaped.append(contentsOf: String(Character(scalar)).utf8)
    }

    mutating func readHexQuad(at offset: Int) throws(YAMLError) -> UInt16 {
        var value: UInt16 = 0
        for index in offset..<offset + 4 {
            guard index < bytes.count else { throw syntax("'\\u' needs four hexadecimal digits") }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw syntax("'\\u' needs four hexadecimal digits")
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Steps over one UTF-8 encoded character at `position`, refusing what is not UTF-8 (overlong forms,
    /// surrogates, values past U+10FFFF, cut-off sequences).
    mutating func skipUTF8Sequence() throws(YAMLError) {
        let lead = bytes[position]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xED:
            length = 3
            high = 0x9F
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default:
            throw YAMLError(
                .encoding, "the file is not valid UTF-8: invalid leading UTF-8 octet (0x\(hex(lead)))",
                at: location())
        }
        for index in 1..<length {
            let offset = position + index
            let byte: UInt8? = offset < bytes.count ? bytes[offset] : nil
            let (lowest, highest) = index == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard let byte, byte >= lowest, byte <= highest else {
                throw YAMLError(
                    .encoding,
                    "the file is not valid UTF-8: incomplete or invalid UTF-8 sequence after 0x\(hex(lead))",
                    at: location())
            }
        }
        position += length
    }

    /// Steps over blanks, counting lines (`\n`, `\r\n` and a lone `\r` each end one, as libyaml counts them).
    mutating func skipBlanks() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09:
                position += 1
            case 0x0A:
                position += 1
                newLine()
            case 0x0D:
                position += 1
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                newLine()
            default:
                return
            }
        }
    }

    mutating func newLine() {
        line += 1
        countedOffset = position
        countedColumn = 1
    }

    /// The line and column of `position`.
    mutating func mark() -> (line: UInt32, column: UInt32) {
        var column = countedColumn
        var offset = countedOffset
        while offset < position {
            if bytes[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        countedOffset = position
        countedColumn = column
        return (line, column)
    }

    mutating func location() -> SourceLocation {
        let (line, column) = mark()
        return SourceLocation(file: file, line: Int(line), column: Int(column))
    }

    mutating func syntax(_ message: String) -> YAMLError {
        YAMLError(.syntax, message, at: location())
    }

    /// The next character as a message names it.
    func describeNext() -> String {
        guard position < bytes.count else { return "the end of the file" }
        let byte = bytes[position]
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte >= 0x80 {
            let end = min(bytes.count, position + 4)
            if let character = String(validating: bytes[position..<end], as: UTF8.self)?.first {
                return "'\(character)'"
            }
            return "byte 0x\(hex(byte))"
        }
        return "byte 0x\(hex(byte))"
    }

    func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    func hex16(_ value: UInt16) -> String { hex(UInt8(value >> 8)) + hex(UInt8(value & 0xFF)) }
}
