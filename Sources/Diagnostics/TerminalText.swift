/// Document text made safe for a terminal or a log line: a diagnostic shows text from the document (keys, values,
/// file names), and raw line breaks or escape sequences there would let a document print lines of its own (a forged
/// `file:line:col: error:`) or recolour the terminal.
public enum TerminalText {
    /// `text` with every control character (C0, DEL, C1), line and paragraph separator and invisible formatting
    /// character (bidirectional overrides among them) written as its `\u{…}` escape.
    public static func escaped(_ text: String) -> String {
        escaped(text, where: needsEscape)
    }

    /// `text` with every scalar for which `needsEscape` holds written as its `\u{…}` escape.
    public static func escaped(_ text: String, where needsEscape: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += unicodeEscape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `scalar` as Swift writes it in a string literal, `\u{1B}`; readable in any output.
    public static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }

    /// Controls (C0, DEL, C1), line and paragraph separators and invisible formatting characters (category Cf:
    /// bidirectional marks, overrides and isolates, zero-width characters, the byte order mark).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) { return true }
        if scalar.isASCII { return false }
        switch scalar.properties.generalCategory {
        case .lineSeparator, .paragraphSeparator, .format: return true
        default: return false
        }
    }
}
