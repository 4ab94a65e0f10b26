/// One finding about an input document, printed in the compiler format
/// `file:line:col: severity: message [id]`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is. Ordered from least to most severe.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
        case hint
        case info
        case warning
        case error

        private var rank: Int {
            switch self {
            case .hint: 0
            case .info: 1
            case .warning: 2
            case .error: 3
            }
        }

        /// Orders severities from `hint` (least) to `error` (most).
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the finding is.
    public var severity: Severity
    /// One line that names the offending thing.
    public var message: String
    /// Where the finding is; `nil` only when no source position applies (e.g. an unreadable file).
    public var location: SourceLocation?
    /// A stable identifier such as `unknown-key`, so tools and configs can refer to the finding.
    public var id: DiagnosticID
    /// The JSON pointer of the object the finding is about (`/paths/~1pets/get`), when it is known.
    public var pointer: String?
    /// Other places that explain the finding: the first of two colliding names, the other member of a conflict.
    public var related: [RelatedLocation]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation?, id: DiagnosticID, pointer: String? = nil,
        related: [RelatedLocation] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.id = id
        self.pointer = pointer
        self.related = related
    }

    /// The compiler-format line, then a `note:` line per related location: one line each, whatever text from the
    /// document the messages quote.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        let line = TerminalText.escaped("\(prefix)\(severity.rawValue): \(message) [\(id)]")
        return ([line] + related.map { TerminalText.escaped("\($0.location): note: \($0.message)") })
            .joined(separator: "\n")
    }
}

extension Diagnostic {
    /// Orders diagnostics by file, line, column, then message, so output is stable across runs.
    public static func sortedForOutput(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { lhs, rhs in
            switch (lhs.location, rhs.location) {
            case (let left?, let right?) where left != right: return left < right
            case (nil, _?): return true
            case (_?, nil): return false
            default: return (lhs.message, lhs.id) < (rhs.message, rhs.id)
            }
        }
    }
}
