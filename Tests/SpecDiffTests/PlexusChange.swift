import Foundation
import Testing

/// One change to a copy of the Plexus spec (`openapi.yaml`) and the findings it must cause, `check-id severity`.
struct PlexusChange: CustomTestStringConvertible, Sendable {
    /// Where an edit looks for its text.
    enum Scope: Sendable {
        /// Anywhere in the document; the text occurs once.
        case document
        /// Every occurrence in the document.
        case everywhere
        /// The operation with this `operationId`: from its method line to the next line as little indented.
        case operation(String)
        /// `components.<section>.<name>`.
        case component(String, String)
    }

    struct Edit: Sendable {
        var scope: Scope
        var find: String
        var replace: String
    }

    var name: String
    var edits: [Edit]
    var expected: [String]

    var testDescription: String { name }

    init(_ name: String, _ edits: [Edit], expect expected: [String]) {
        self.name = name
        self.edits = edits
        self.expected = expected.sorted()
    }

    struct EditFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// `text` with the edits made.
    func apply(to text: String) throws -> String {
        var text = text
        for edit in edits {
            if case .everywhere = edit.scope {
                guard text.contains(edit.find) else { throw EditFailed(description: "\(name): no '\(edit.find)'") }
                text = text.replacingOccurrences(of: edit.find, with: edit.replace)
                continue
            }
            let range = try Self.range(of: edit.scope, in: text, change: name)
            let scoped = text[range]
            let occurrences = scoped.components(separatedBy: edit.find).count - 1
            guard occurrences == 1, let found = scoped.range(of: edit.find) else {
                throw EditFailed(description: "\(name): '\(edit.find)' occurs \(occurrences) times in its scope")
            }
            text.replaceSubrange(found, with: edit.replace)
        }
        return text
    }

    private static func range(of scope: Scope, in text: String, change: String) throws -> Range<String.Index> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func indent(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
        var start: Int?
        switch scope {
        case .document, .everywhere:
            return text.startIndex..<text.endIndex
        case .operation(let id):
            guard
                let idLine = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "operationId: \(id)" }
                )
            else { break }
            start = lines[..<idLine].lastIndex { indent($0) == 4 && $0.hasSuffix(":") }
        case .component(let section, let name):
            guard let sectionLine = lines.firstIndex(where: { $0 == "  \(section):" }) else { break }
            start = lines[sectionLine...].firstIndex { $0 == "    \(name):" }
        }
        guard let start else { throw EditFailed(description: "\(change): scope \(scope) not found") }
        let end = lines[(start + 1)...].firstIndex { !$0.isEmpty && indent($0) <= 4 } ?? lines.count
        // Character offsets of the lines: each line plus its newline.
        let lower = lines[..<start].reduce(0) { $0 + $1.count + 1 }
        let upper = lines[..<end].reduce(0) { $0 + $1.count + 1 }
        return text.index(
            text.startIndex, offsetBy: lower)..<text.index(
                text.startIndex, offsetBy: min(upper, text.count))
    }
}
