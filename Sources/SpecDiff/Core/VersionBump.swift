/// The SemVer bump the generated SDK needs for a set of changes, judged on its Swift API.
public struct VersionBump: Sendable, Hashable {
    /// Which version number goes up.
    public enum Level: String, Sendable, Hashable, Codable {
        /// Code written against the old SDK may stop compiling.
        case major
        /// New API, nothing removed or changed.
        case minor
        /// The Swift API is the same (the generated code may behave differently).
        case patch
        /// Nothing changed.
        case none
    }

    /// The bump.
    public var level: Level
    /// Why, in a sentence naming the findings that decide it.
    public var reason: String

    /// The bump `findings` call for: major for any Swift API change that can stop callers compiling, minor for
    /// additions and deprecations, patch for contract changes that leave the Swift API as it was.
    public init(for findings: [DiffFinding]) {
        let swift = findings.filter { $0.check.level == .swift }
        func named(_ decisive: [DiffFinding]) -> String {
            let ids = Array(Set(decisive.map(\.check.id))).sorted()
            let shown = ids.prefix(4).joined(separator: ", ")
            return ids.count > 4 ? shown + " and \(ids.count - 4) more" : shown
        }
        let breaking = swift.filter { $0.severity >= .potentiallyBreaking }
        if !breaking.isEmpty {
            level = .major
            reason =
                "\(breaking.count) change\(breaking.count == 1 ? "" : "s") to the Swift API can stop code written "
                + "against the old SDK compiling (\(named(breaking)))"
        } else if !swift.isEmpty {
            level = .minor
            reason = "the Swift API gains or deprecates declarations and keeps the rest (\(named(swift)))"
        } else if !findings.isEmpty {
            level = .patch
            reason =
                "the Swift API is unchanged; the HTTP contract changes (\(named(findings))), so the generated code "
                + "behaves differently"
        } else {
            level = .none
            reason = "nothing changed"
        }
    }
}
