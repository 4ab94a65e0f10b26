internal import OpenAPIModel
internal import Resolver

/// Turns a title and description into `///` lines.
enum DocComment {
    /// `` `GET /pets/{id}` ``: how the client, the operation types and the server stubs name an operation in their
    /// doc comments.
    static func route(_ operation: ResolvedOperation) -> String {
        "`\(operation.method.rawValue.uppercased()) \(SwiftSource.commentText(operation.path))`"
    }

    /// Titles and summaries may span lines too (a summary copied from prose often does), so both are split; every
    /// line becomes its own `///` line, cleaned by `SwiftSource`, so no text can end the comment and leak into code.
    static func lines(title: String?, description: String?) -> [String] {
        var text: [String] = []
        if let title, !title.isEmpty { text += split(title) }
        if let description, !description.isEmpty {
            if !text.isEmpty { text.append("") }
            text += split(description)
        }
        while text.last?.isEmpty == true { text.removeLast() }
        return text.map { $0.isEmpty ? "///" : "/// \($0)" }
    }

    private static func split(_ text: String) -> [String] {
        SwiftSource.commentLines(text)
    }
}
