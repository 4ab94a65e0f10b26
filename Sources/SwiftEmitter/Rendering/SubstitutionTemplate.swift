internal import Foundation
internal import Mustache

/// A template made of text and `{{name}}`/`{{{name}}}` variables only, under `{{%CONTENT_TYPE:TEXT}}`, rendered by
/// substitution. Such templates (most of the per-property shapes) render exactly as Mustache renders them; going
/// through the Mustache library costs a name split and several dynamic casts per variable, which made generating
/// the Plexus models twice as slow as building the same text in code. Any other template is `nil` here and
/// rendered by the library.
struct SubstitutionTemplate {
    private enum Segment {
        case text(String)
        case variable(String)
    }

    private let segments: [Segment]
    /// The template's text, for the library when a value is not text.
    let source: String

    /// The pragma that turns HTML escaping off, on a line of its own (Mustache drops such a standalone line).
    private static let textPragma = "{{%CONTENT_TYPE:TEXT}}\n"

    init?(_ source: String) {
        guard source.hasPrefix(Self.textPragma) else { return nil }
        var rest = Substring(source.dropFirst(Self.textPragma.count))
        var segments: [Segment] = []
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { segments.append(.text(String(rest[..<open.lowerBound]))) }
            rest = rest[open.upperBound...]
            let triple = rest.hasPrefix("{")
            if triple { rest = rest.dropFirst() }
            let closing = triple ? "}}}" : "}}"
            guard let close = rest.range(of: closing) else { return nil }
            let name = rest[..<close.lowerBound]
            guard !name.isEmpty, name.utf8.allSatisfy(Self.isNameByte) else { return nil }
            segments.append(.variable(String(name)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        self.segments = segments
        self.source = source
    }

    /// Letters, digits and `_`: a plain name, not a section, partial, comment, dotted name or transform.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x5F
    }

    /// The text with every variable replaced by `object`'s value of that name (nothing for a missing or `nil`
    /// one, as Mustache does); `nil` when a value is not text, which the library then renders.
    func render(_ object: some MustacheParent) -> String? {
        var result = ""
        for segment in segments {
            switch segment {
            case .text(let text):
                result += text
            case .variable(let name):
                switch object.child(named: name) {
                case nil: break
                case let text as String: result += text
                default: return nil
                }
            }
        }
        return result
    }
}
