internal import Diagnostics

/// What a template's tags say about its shape, checked before the template is used: mustache renders sections and
/// partials recursively, so a template that includes itself (directly or through others) or nests sections without
/// bound would exhaust the stack instead of failing with an error.
struct TemplateStructure {
    /// The deepest nesting of sections accepted; the built-in templates need 5.
    static let maximumSectionDepth = 64

    /// The templates this one includes with `{{> name}}`.
    var partials: Set<String> = []

    /// Reads the tags of `text` (the template `name`, from `file`).
    init(_ text: String, name: String, file: String) throws(DiagnosticError) {
        let bytes = Array(text.utf8)
        var depth = 0
        var line = 1
        var column = 1
        var index = 0
        func location() -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                let start = index + 2
                var end = start
                while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) {
                    end += 1
                }
                let tag = bytes[start..<min(end, bytes.count)]
                switch tag.first {
                case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                    depth += 1
                    guard depth <= Self.maximumSectionDepth else {
                        throw DiagnosticError(
                            "template '\(name)' nests sections deeper than \(Self.maximumSectionDepth)", at: location(),
                            id: .templateInvalid)
                    }
                case UInt8(ascii: "/"):
                    depth -= 1
                case UInt8(ascii: ">"):
                    let partial = String(decoding: tag.dropFirst(), as: UTF8.self).trimmingSpaces
                    partials.insert(partial)
                case UInt8(ascii: "="):
                    throw DiagnosticError(
                        "template '\(name)' changes the tag delimiters, which plexus-gen does not accept in templates",
                        at: location(), id: .templateInvalid)
                default:
                    break
                }
            }
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
    }

    /// The first cycle of partial inclusions among `templates`, as the names along it, or `nil`.
    static func inclusionCycle(_ templates: [String: TemplateStructure]) -> [String]? {
        var state: [String: Bool] = [:]  // false: on the current path; true: done.
        for start in templates.keys.sorted() where state[start] == nil {
            // An explicit stack: the inclusion graph comes from user files, so no recursion follows it.
            var path: [String] = [start]
            var iterators: [[String]] = [templates[start]?.partials.sorted() ?? []]
            state[start] = false
            while let last = iterators.indices.last {
                guard let next = iterators[last].first else {
                    state[path.removeLast()] = true
                    iterators.removeLast()
                    continue
                }
                iterators[last].removeFirst()
                switch state[next] {
                case false?:
                    return Array(path[(path.firstIndex(of: next) ?? 0)...]) + [next]
                case true?:
                    continue
                case nil:
                    state[next] = false
                    path.append(next)
                    iterators.append(templates[next]?.partials.sorted() ?? [])
                }
            }
        }
        return nil
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
