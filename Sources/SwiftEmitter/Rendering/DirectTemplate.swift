internal import Mustache

/// A template under `{{%CONTENT_TYPE:TEXT}}` made of text, variables (`{{name}}`, `{{{name}}}`, `{{&name}}`,
/// `{{.}}`), sections, inverted sections, comments and the library's position transforms in a list (`{{#first()}}`,
/// `{{^last()}}`, `{{index()}}`, `even()`, `odd()`), rendered here without the Mustache library, exactly as the
/// library renders it: the same standalone-line rules, the same lookup up the context stack. Going through the
/// library costs a name split, a context copy and several dynamic casts per tag, which made generating the Plexus
/// SDK half again as slow as building the same text in code. A template that uses anything else (partials,
/// dotted names, transforms, delimiters, blocks, other pragmas, line breaks other than `\n`) is `nil` here and
/// rendered by the library; so is a rendering that meets a value this does not know how the library shows.
struct DirectTemplate: Sendable {
    fileprivate indirect enum Node: Sendable {
        case text(String)
        case variable(Name)
        case section(Name, inverted: Bool, [Node])
    }

    /// What a tag names, sorted out when the template is read so that rendering compares no names itself.
    fileprivate enum Name: Sendable {
        /// `.`: the innermost context.
        case current
        /// `first()`, `last()`, `index()`, `even()`, `odd()`: where the element is in the list being rendered.
        case position(PositionTransform)
        /// A value looked up by name through the contexts.
        case key(String)

        init?(_ text: String) {
            switch text {
            case ".": self = .current
            case "first()": self = .position(.first)
            case "last()": self = .position(.last)
            case "index()": self = .position(.index)
            case "even()": self = .position(.even)
            case "odd()": self = .position(.odd)
            default:
                guard !text.isEmpty, text.utf8.allSatisfy(Parser.isNameByte) else { return nil }
                self = .key(text)
            }
        }
    }

    fileprivate enum PositionTransform: Sendable {
        case first, last, index, even, odd
    }

    private let nodes: [Node]
    /// The template's text, for the library when a value is not one this renders.
    let source: String

    /// The pragma that turns HTML escaping off, on a line of its own (Mustache drops such a standalone line).
    private static let textPragma = "{{%CONTENT_TYPE:TEXT}}\n"

    init?(_ source: String) {
        guard source.hasPrefix(Self.textPragma) else { return nil }
        var parser = Parser(Array(source.utf8.dropFirst(Self.textPragma.utf8.count)))
        guard let nodes = parser.parse(section: nil), parser.atEnd else { return nil }
        self.nodes = nodes
        self.source = source
    }

    /// The text `object` renders; `nil` when a value is not one this knows how the library shows (a list or a view
    /// model placed as a variable, `{{.}}` outside a list of texts): the library then renders it.
    func render(_ object: some TemplateContext) -> String? {
        var output = ""
        var stack: [Frame] = [.context(object)]
        guard Self.render(nodes, stack: &stack, position: nil, into: &output) else { return nil }
        return output
    }

    /// A context on the stack.
    private enum Frame {
        case context(any TemplateContext)
        case text(String)
        /// A flag, a number or a list: no named members.
        case plain
    }

    /// Where an element is in the list a section renders it for, as the position transforms see it.
    private struct Position {
        var index: Int
        var count: Int
    }

    /// Renders `nodes` into `output`; `position` is set while rendering an element of a list (the library keeps
    /// it through `true` sections and drops it when a section enters a value).
    private static func render(
        _ nodes: [Node], stack: inout [Frame], position: Position?, into output: inout String
    ) -> Bool {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name):
                guard let value = value(of: name, in: stack, position: position) else { return false }
                switch value {
                case .missing: break
                case .text(let text): output += text
                case .flag(let flag): output += flag ? "true" : "false"
                case .number(let number): output += String(number)
                case .texts, .list, .context: return false
                }
            case .section(let name, let inverted, let children):
                guard let value = value(of: name, in: stack, position: position) else { return false }
                if inverted {
                    guard value.isFalsy else { continue }
                    // An empty list is entered as a value (`{{.}}` is the list), which has no position.
                    switch value {
                    case .texts, .list:
                        stack.append(.plain)
                        defer { stack.removeLast() }
                        guard render(children, stack: &stack, position: nil, into: &output) else { return false }
                    default:
                        guard render(children, stack: &stack, position: position, into: &output) else { return false }
                    }
                    continue
                }
                switch value {
                case .missing: continue
                case .flag(let flag):
                    if flag, !render(children, stack: &stack, position: position, into: &output) { return false }
                case .texts(let texts):
                    for (index, text) in texts.enumerated() {
                        stack.append(.text(text))
                        defer { stack.removeLast() }
                        let inner = Position(index: index, count: texts.count)
                        guard render(children, stack: &stack, position: inner, into: &output) else { return false }
                    }
                case .list(let list):
                    let count = list.elementCount
                    for index in 0..<count {
                        stack.append(.context(list.element(at: index)))
                        defer { stack.removeLast() }
                        let inner = Position(index: index, count: count)
                        guard render(children, stack: &stack, position: inner, into: &output) else { return false }
                    }
                case .context(let context):
                    stack.append(.context(context))
                    defer { stack.removeLast() }
                    guard render(children, stack: &stack, position: nil, into: &output) else { return false }
                case .text(let text):
                    stack.append(.text(text))
                    defer { stack.removeLast() }
                    guard render(children, stack: &stack, position: nil, into: &output) else { return false }
                case .number:
                    stack.append(.plain)
                    defer { stack.removeLast() }
                    guard render(children, stack: &stack, position: nil, into: &output) else { return false }
                }
            }
        }
        return true
    }

    /// What a tag names: `.`, a position transform (nothing outside a list), or a value looked up as the library
    /// does, in the innermost context that has it, outwards. `nil` for `.` in a context that is not text, which
    /// the library renders its own way.
    private static func value(of name: Name, in stack: [Frame], position: Position?) -> TemplateValue? {
        switch name {
        case .current:
            guard case .text(let text)? = stack.last else { return nil }
            return .text(text)
        case .position(let transform):
            guard let position else { return .missing }
            switch transform {
            case .first: return .flag(position.index == 0)
            case .last: return .flag(position.index == position.count - 1)
            case .index: return .number(position.index)
            case .even: return .flag(position.index % 2 == 0)
            case .odd: return .flag(position.index % 2 == 1)
            }
        case .key(let key):
            for frame in stack.reversed() {
                guard case .context(let context) = frame else { continue }
                let value = context.templateValue(named: key)
                if case .missing = value { continue }
                return value
            }
            return .missing
        }
    }

    /// Reads the tags as the library's parser does, including which lines are standalone (a line holding only a
    /// section tag, a closing tag or a comment, and blanks, is left out of the output with its line break).
    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        /// At the start of a line (the library's `newLine` state).
        var atLineStart = true

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }

        private static let newline = UInt8(ascii: "\n")
        private static let brace = UInt8(ascii: "{")
        private static let closingBrace = UInt8(ascii: "}")

        /// The nodes up to the end of the text (`section` nil) or to `{{/section}}`; nil for anything this does
        /// not render.
        mutating func parse(section: String?) -> [Node]? {
            var nodes: [Node] = []
            var blanks = ""
            while !atEnd {
                if atLineStart { blanks = readBlanks() }
                guard let text = readText() else { return nil }
                if !atEnd, bytes[index] == Self.newline {
                    nodes.append(.text(blanks + text + "\n"))
                    atLineStart = true
                    index += 1
                    continue
                }
                if !text.isEmpty {
                    nodes.append(.text(blanks + text))
                    blanks = ""
                    atLineStart = false
                }
                if atEnd { break }
                // At a tag: `readText` stopped after its `{{`.
                guard index < bytes.count else { return nil }
                var standalone = false
                switch bytes[index] {
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    let inverted = bytes[index] == UInt8(ascii: "^")
                    index += 1
                    guard let name = readName(closing: "}}"), name != ".", let parsed = Name(name) else { return nil }
                    standalone = finishesStandalone()
                    if !standalone, !blanks.isEmpty {
                        nodes.append(.text(blanks))
                        blanks = ""
                    }
                    let outer = atLineStart
                    atLineStart = standalone && outer
                    guard let children = parse(section: name) else { return nil }
                    nodes.append(.section(parsed, inverted: inverted, children))
                case UInt8(ascii: "/"):
                    index += 1
                    guard let name = readName(closing: "}}"), name == section else { return nil }
                    if !finishesStandalone(), !blanks.isEmpty { nodes.append(.text(blanks)) }
                    return nodes
                case UInt8(ascii: "!"):
                    guard let close = find(Array("}}".utf8), from: index) else { return nil }
                    index = close + 2
                    standalone = finishesStandalone()
                case Self.brace:
                    index += 1
                    if !blanks.isEmpty {
                        nodes.append(.text(blanks))
                        blanks = ""
                    }
                    guard let name = readName(closing: "}}}").flatMap(Name.init) else { return nil }
                    nodes.append(.variable(name))
                case UInt8(ascii: "&"):
                    index += 1
                    fallthrough
                default:
                    if !blanks.isEmpty {
                        nodes.append(.text(blanks))
                        blanks = ""
                    }
                    guard let name = readName(closing: "}}").flatMap(Name.init) else { return nil }
                    nodes.append(.variable(name))
                }
                atLineStart = standalone
            }
            // The text ended inside a section: the library rejects it, so it is not rendered here either.
            return section == nil ? nodes : nil
        }

        private mutating func readBlanks() -> String {
            let start = index
            while !atEnd, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// Text up to a line break (not consumed) or past the next `{{`; nil for a line break other than `\n`.
        private mutating func readText() -> String? {
            let start = index
            while !atEnd {
                let byte = bytes[index]
                if byte == Self.newline { break }
                if isOtherLineBreak(at: index) {
                    // The library's line rules for these are not reproduced here.
                    return nil
                }
                // The library fails on a `{` that ends the text (it looks for a second one past the end).
                if byte == Self.brace, index + 1 == bytes.count { return nil }
                if byte == Self.brace, index + 1 < bytes.count, bytes[index + 1] == Self.brace {
                    let text = String(decoding: bytes[start..<index], as: UTF8.self)
                    index += 2
                    return text
                }
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// `\r`, vertical tab, form feed, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR at `position`.
        private func isOtherLineBreak(at position: Int) -> Bool {
            switch bytes[position] {
            case 0x0D, 0x0B, 0x0C: return true
            case 0xC2: return position + 1 < bytes.count && bytes[position + 1] == 0x85
            case 0xE2:
                return position + 2 < bytes.count && bytes[position + 1] == 0x80
                    && (bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9)
            default: return false
            }
        }

        /// A plain name (letters, digits, `_`), `.` or a position transform, between optional blanks, then
        /// `closing`.
        private mutating func readName(closing: String) -> String? {
            skipWhitespace()
            let start = index
            while !atEnd, Self.isNameByte(bytes[index]) || [0x2E, 0x28, 0x29].contains(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[start..<index], as: UTF8.self)
            skipWhitespace()
            guard Name(name) != nil else { return nil }
            for byte in closing.utf8 {
                guard !atEnd, bytes[index] == byte else { return nil }
                index += 1
            }
            return name
        }

        private mutating func skipWhitespace() {
            while !atEnd, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        /// After a tag that may stand alone: true, with the rest of the line consumed, when the tag began a line
        /// (after blanks) and is followed by the end of the text, or by blanks and a line break. (Blanks and then
        /// the end do not make it standalone: the library's rule, which keeps those blanks.)
        private mutating func finishesStandalone() -> Bool {
            guard atLineStart else { return false }
            if atEnd { return true }
            var probe = index
            while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") {
                probe += 1
            }
            guard probe < bytes.count, bytes[probe] == Self.newline else { return false }
            index = probe + 1
            return true
        }

        private func find(_ needle: [UInt8], from start: Int) -> Int? {
            var position = start
            while position + needle.count <= bytes.count {
                if bytes[position..<position + needle.count].elementsEqual(needle) { return position }
                position += 1
            }
            return nil
        }

        /// Letters, digits and `_`: a plain name, not a dotted name or a transform.
        static func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x5F
        }
    }
}
