/// Turns a schema's title and description into `///` lines.
enum DocComment {
    static func lines(title: String?, description: String?) -> [String] {
        var text: [String] = []
        if let title, !title.isEmpty { text.append(title) }
        if let description, !description.isEmpty {
            if !text.isEmpty { text.append("") }
            text += description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        while text.last?.isEmpty == true { text.removeLast() }
        return text.map { $0.isEmpty ? "///" : "/// \($0)" }
    }
}
