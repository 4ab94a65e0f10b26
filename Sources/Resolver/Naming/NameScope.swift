internal import Diagnostics

/// Hands out unique names within one scope (the types of a document, the properties of one type, ...).
///
/// The first claimant of a name keeps it; later ones get a numeric suffix, and the collision is reported so the
/// user can add a name override. Claims happen in document order, so the result is the same on every run.
struct NameScope {
    /// Granted names and who holds them. Most scopes (the properties of one type, the parameters of one operation)
    /// hold a few names, which a scan finds faster than a hash; large scopes add an index.
    private var names: [String] = []
    private var holders: [String] = []
    /// Where each holder claimed its name, for pointing at the first of two colliding names.
    private var holderLocations: [SourceLocation?] = []
    private var index: [String: Int]?
    /// The next suffix to try for a name already taken, so n claims of one name cost O(n), not O(n²).
    private var nextSuffix: [String: Int] = [:]
    private let kind: String

    init(kind: String, reserved: [String] = []) {
        self.kind = kind
        names.reserveCapacity(16)
        holders.reserveCapacity(16)
        for name in reserved { insert(name, holder: "Swift") }
    }

    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        return names.firstIndex(of: name)
    }

    private func holder(of name: String) -> String? {
        position(of: name).map { holders[$0] }
    }

    private mutating func insert(_ name: String, holder: String, at location: SourceLocation? = nil) {
        names.append(name)
        holders.append(holder)
        holderLocations.append(location)
        if index != nil {
            index?[name] = names.count - 1
        } else if names.count > 16 {
            index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        }
    }

    /// Claims `preferred` (already a valid identifier) for `original`; returns the name granted.
    mutating func claim(
        _ preferred: String, for original: String, at location: SourceLocation?, diagnostics: DiagnosticCollector
    ) -> String {
        guard let taken = position(of: preferred) else {
            insert(preferred, holder: original, at: location)
            return preferred
        }
        let holder = holders[taken]
        var suffix = nextSuffix[preferred] ?? 2
        while self.holder(of: "\(preferred)\(suffix)") != nil { suffix += 1 }
        nextSuffix[preferred] = suffix + 1
        let granted = "\(preferred)\(suffix)"
        insert(granted, holder: original, at: location)
        let reason =
            holder == "Swift"
            ? "'\(preferred)' is a Swift or Foundation type"
            : "'\(holder)' and '\(original)' both become '\(preferred)'"
        let first = holderLocations[taken].map { [RelatedLocation("'\(holder)' is named '\(preferred)' here", at: $0)] }
        diagnostics.report(
            Diagnostic(
                .warning, "\(kind) name collision: \(reason); '\(original)' is named '\(granted)'", at: location,
                id: .nameCollision, related: first ?? []))
        return granted
    }

    func contains(_ name: String) -> Bool { holder(of: name) != nil }
}
