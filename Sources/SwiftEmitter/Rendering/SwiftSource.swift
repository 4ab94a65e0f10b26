internal import Diagnostics

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Musl)
    internal import Musl
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Text from the document made safe for each place it can reach in generated Swift.
///
/// A document is input from outside, and generated code is compiled into apps: every path from document text to
/// Swift goes through one of these, so no text can end a comment or a literal and be compiled as code, and no
/// invisible character (a bidirectional override, a control) hides in the source.
public enum SwiftSource {
    /// `text` as the lines of a `///` comment: split at every kind of line break (LF, CR, CRLF, VT, FF, NEL,
    /// U+2028, U+2029), each line cleaned by `commentText`.
    public static func commentLines(_ text: String) -> [String] {
        lines(of: text).map { commentText(String($0)) }
    }

    /// `text` split at every line break `Character.isNewline` knows (LF, VT, FF, CR, CR LF, NEL, U+2028, U+2029),
    /// empty lines kept. By UTF-8 bytes: every such break is a grapheme of its own (CR LF one together) and whole
    /// scalars, so no grapheme breaking or scalar decoding is needed on every description of a document.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let length = lineBreakLength(in: bytes, at: index)
            guard length > 0 else {
                bytes.formIndex(after: &index)
                continue
            }
            lines.append(text[start..<index])
            index = bytes.index(index, offsetBy: length)
            start = index
        }
        lines.append(text[start...])
        return lines
    }

    /// The number of bytes of the line break at `index` (CR LF is one break of two bytes, NEL two, U+2028 and U+2029
    /// three), or 0 when none starts there.
    private static func lineBreakLength(in bytes: String.UTF8View, at index: String.Index) -> Int {
        func byte(_ offset: Int) -> UInt8? {
            guard let position = bytes.index(index, offsetBy: offset, limitedBy: bytes.endIndex),
                position < bytes.endIndex
            else { return nil }
            return bytes[position]
        }
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return byte(1) == 0x0A ? 2 : 1
        case 0xC2: return byte(1) == 0x85 ? 2 : 0
        case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// The lines of generated Swift `source` that are code: not blank and not a comment. What the compiler works
    /// on, as opposed to documentation, which can be most of a model's lines and costs it next to nothing.
    static func codeLineCount(_ source: String) -> Int {
        var source = source
        // Over the UTF-8 buffer: this runs over every generated line, and iterating `String.UTF8View` byte by byte
        // cost about 30 instructions a byte (a tenth of generating the OpenAI document); a loop over the buffer
        // still about 4.
        return source.withUTF8 { bytes in
            let newline = UInt8(ascii: "\n")
            let space = UInt8(ascii: " ")
            let slash = UInt8(ascii: "/")
            var count = 0
            var index = 0
            while index < bytes.count {
                while index < bytes.count, bytes[index] == space { index += 1 }
                guard index < bytes.count else { break }
                let first = bytes[index]
                let comment = first == slash && index + 1 < bytes.count && bytes[index + 1] == slash
                if first != newline, !comment { count += 1 }
                // The rest of the line, whatever it holds: `memchr` goes through it many bytes at a time.
                guard
                    let base = bytes.baseAddress,
                    let found = memchr(base + index, Int32(newline), bytes.count - index)
                else { break }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
    }

    /// Whether a list of spelled arguments goes one per line: when on one line the arguments would take more
    /// than 80 columns. The templates lay them out either way.
    static func wrapsArguments(_ arguments: [String]) -> Bool {
        arguments.reduce(0) { $0 + $1.count } + max(0, arguments.count - 1) * 2 > 80
    }

    /// `text` for one line of a comment: every control, line or paragraph separator and invisible formatting
    /// character (bidirectional overrides and isolates among them) is written as its `\u{…}` escape, so the line
    /// cannot end early or read differently from what the compiler sees.
    public static func commentText(_ text: String) -> String {
        // Most documentation is printable ASCII, which never needs an escape: one pass over the bytes instead of
        // a Unicode property lookup per scalar.
        if text.utf8.allSatisfy(isPrintableASCII) { return text }
        return TerminalText.escaped(text, where: needsEscapeInComment)
    }

    /// `byte` is a printable ASCII character (space to `~`).
    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F
    }

    /// `text` as a Swift string literal, quotes included, that evaluates to exactly `text`.
    public static func stringLiteral(_ text: String) -> String {
        "\"\(stringLiteralContents(text))\""
    }

    /// What goes between the quotes of a string literal that evaluates to exactly `text`: backslashes and quotes
    /// escaped, and every control, separator, invisible formatting character and a combining mark at the start
    /// (which would otherwise attach to the opening quote) written as an escape.
    public static func stringLiteralContents(_ text: String) -> String {
        if text.utf8.allSatisfy({ isPrintableASCII($0) && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }) {
            return text
        }
        var result = ""
        var isFirst = true
        for scalar in text.unicodeScalars {
            defer { isFirst = false }
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if needsEscapeInComment(scalar) || (isFirst && isCombiningMark(scalar)) {
                    result += TerminalText.unicodeEscape(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// `text` when it is a JSON number whose magnitude is 0 or between 1e-100 and 1e100, so it is the same value as a `Double` and as a `Decimal` (so it is a valid Swift
    /// literal and `Decimal(string:)` of it cannot fail); `nil` for anything else (`.inf`, `.nan`, `1e999`, …).
    public static func numberLiteral(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var index = 0
        func digits() -> Bool {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index > start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits() else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() else { return nil }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() else { return nil }
        }
        guard index == bytes.count, let value = Double(text), value == 0 || (abs(value) < 1e100 && abs(value) > 1e-100)
        else {
            return nil
        }
        return text
    }

    /// What a terminal line must not show raw (`TerminalText.needsEscape`: controls, separators, invisible
    /// formatting), and also unassigned, private-use and surrogate code points, which have no business in source.
    static func needsEscapeInComment(_ scalar: Unicode.Scalar) -> Bool {
        if TerminalText.needsEscape(scalar) { return true }
        if scalar.isASCII { return false }
        switch scalar.properties.generalCategory {
        case .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }

    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
