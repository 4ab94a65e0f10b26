public import Diagnostics

/// One problem a rule found: where (file, line, column and the JSON pointer of the node), what, and how serious.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var severity: Diagnostic.Severity
    public var message: String
    public var location: SourceLocation
    /// The JSON pointer of the node in its file (`/paths/~1pets/get`).
    public var pointer: String

    public init(rule: String, severity: Diagnostic.Severity, message: String, location: SourceLocation, pointer: String) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.location = location
        self.pointer = pointer
    }

    /// `file:line:col: severity: message [rule]`.
    public var compilerText: String { TerminalText.escaped("\(location): \(severity.rawValue): \(message) [\(rule)]") }
}
