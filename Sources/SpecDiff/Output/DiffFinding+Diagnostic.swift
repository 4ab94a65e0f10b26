public import Diagnostics

extension DiffFinding {
    /// The finding as a compiler-style diagnostic: breaking changes are errors, potentially breaking ones warnings,
    /// compatible ones infos; the message names the subject and the effects, and the old document's place is a
    /// related location.
    public var diagnostic: Diagnostic {
        let severity: Diagnostic.Severity =
            switch self.severity {
            case .breaking: .error
            case .potentiallyBreaking: .warning
            case .compatible: .info
            }
        var related: [RelatedLocation] = []
        if let old, new != nil { related.append(RelatedLocation("in the old document", at: old)) }
        return Diagnostic(
            severity, "\(subject): \(message) (\(effects))\(alsoAffectsText)", at: location,
            id: DiagnosticID(check.id), related: related)
    }

    /// `breaking for clients, compatible for servers`; `Swift API: breaking`.
    public var effects: String {
        guard check.level == .contract else { return "Swift API: \(severity.words)" }
        var parts: [String] = []
        if let clients { parts.append("\(clients.words) for \(sentByAPI ? "the API, which sends it" : "clients")") }
        if let servers { parts.append("\(servers.words) for \(sentByAPI ? "apps that receive it" : "servers")") }
        return parts.joined(separator: ", ")
    }

    private var alsoAffectsText: String {
        guard !alsoAffects.isEmpty else { return "" }
        let shown = alsoAffects.prefix(3).joined(separator: ", ")
        return "; also \(shown)" + (alsoAffects.count > 3 ? " and \(alsoAffects.count - 3) more" : "")
    }
}

extension DiffSeverity {
    /// `breaking`, `potentially breaking`, `compatible`.
    public var words: String {
        switch self {
        case .breaking: "breaking"
        case .potentiallyBreaking: "potentially breaking"
        case .compatible: "compatible"
        }
    }
}
