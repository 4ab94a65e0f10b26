public import Diagnostics

/// One change between two documents and what it does: to the HTTP contract, for clients and for servers, or to the
/// generated Swift API.
public struct DiffFinding: Sendable, Hashable {
    /// Which check found it.
    public var check: DiffCheck
    /// The worst of its effects.
    public var severity: DiffSeverity
    /// For a contract change, what it does to existing clients (`nil` when it does not concern them).
    public var clients: DiffSeverity?
    /// For a contract change, what it does to existing server implementations.
    public var servers: DiffSeverity?
    /// What changed, in words.
    public var message: String
    /// The operation it concerns (`GET /pets/{id}`), or the schema or part of the document.
    public var subject: String
    /// Other operations the same change reaches (a schema several operations use).
    public var alsoAffects: [String]
    /// Where the changed part is written in the old document (`nil` when it is new).
    public var old: SourceLocation?
    /// Where it is written in the new document (`nil` when it was removed).
    public var new: SourceLocation?
    /// The finding is about a webhook or a callback, which the API sends and apps receive: `clients` is then the
    /// API (the sender) and `servers` the apps that receive it.
    public var sentByAPI = false

    /// A contract finding: its severity is the worse of its effects on clients and servers.
    init(
        _ check: DiffCheck, clients: DiffSeverity?, servers: DiffSeverity? = nil, _ message: String,
        subject: String, old: SourceLocation?, new: SourceLocation?
    ) {
        self.check = check
        self.severity = max(clients ?? .compatible, servers ?? .compatible)
        self.clients = clients
        self.servers = servers
        self.message = message
        self.subject = subject
        self.alsoAffects = []
        self.old = old
        self.new = new
    }

    /// A Swift API finding.
    init(
        _ check: DiffCheck, _ severity: DiffSeverity, _ message: String, subject: String, old: SourceLocation?,
        new: SourceLocation?
    ) {
        self.check = check
        self.severity = severity
        self.message = message
        self.subject = subject
        self.alsoAffects = []
        self.old = old
        self.new = new
    }

    /// The location shown first: the new document's, else the old one's.
    public var location: SourceLocation? { new ?? old }

    /// Orders findings for output: by location, then check, then message.
    static func ordered(_ lhs: DiffFinding, _ rhs: DiffFinding) -> Bool {
        let left = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        let right = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
        if left != right { return left < right }
        if lhs.check.id != rhs.check.id { return lhs.check.id < rhs.check.id }
        return lhs.message < rhs.message
    }
}
