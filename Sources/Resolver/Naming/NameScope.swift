internal import Diagnostics

/// Hands out unique names within one scope (the types of a document, the properties of one type, ...).
///
/// The first claimant of a name keeps it; later ones get a numeric suffix, and the collision is reported so the
/// user can add a name override. Claims happen in document order, so the result is the same on every run.
struct NameScope {
    private var taken: [String: String] = [:]
    private let kind: String

    init(kind: String, reserved: [String] = []) {
        self.kind = kind
        for name in reserved { taken[name] = "Swift" }
    }

    /// Claims `preferred` (already a valid identifier) for `original`; returns the name granted.
    mutating func claim(
        _ preferred: String, for original: String, at location: SourceLocation?, diagnostics: inout [Diagnostic]
    ) -> String {
        guard let holder = taken[preferred] else {
            taken[preferred] = original
            return preferred
        }
        var suffix = 2
        while taken["\(preferred)\(suffix)"] != nil { suffix += 1 }
        let granted = "\(preferred)\(suffix)"
        taken[granted] = original
        let reason = holder == "Swift" ? "'\(preferred)' is a Swift or Foundation type"
            : "'\(holder)' and '\(original)' both become '\(preferred)'"
        diagnostics.append(Diagnostic(
            .warning, "\(kind) name collision: \(reason); '\(original)' is named '\(granted)'", at: location,
            id: "name-collision"))
        return granted
    }

    func contains(_ name: String) -> Bool { taken[name] != nil }
}
