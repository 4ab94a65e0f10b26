/// The checks of `plexus-gen diff` as a Markdown document (`docs/diff-checks.md`, kept current by a test).
public enum DiffCheckList {
    /// `docs/diff-checks.md`.
    public static func markdown() -> String {
        var lines = [
            "# Diff checks", "",
            "`plexus-gen diff OLD NEW` reports every change with one of these checks; `plexus-gen diff --list-checks`",
            "prints the same list. This file is generated from the checks' own descriptions (`DiffCheckList.markdown()`);",
            "a test keeps it current.", "",
            "Contract checks judge the HTTP contract, separately for existing clients and for existing servers: a",
            "finding is as severe as the worse of the two. Who writes a value decides: a new enum value is compatible",
            "for clients when they send it (a request) and potentially breaking when they read it (a response). Swift",
            "checks judge the SDK generated from each document with the same settings, and every Swift check has a",
            "fixture whose code, written against the old SDK, compiles against it and stops compiling against the new",
            "one exactly when the check says breaking or potentially breaking (`Tests/SpecDiffTests`).", "",
            "The suggested SemVer bump of the SDK follows from the Swift findings: **major** when one is breaking or",
            "potentially breaking, **minor** when all are compatible (additions, deprecations), **patch** when only",
            "the contract changed.", "",
        ]
        for level in [DiffCheck.Level.contract, .swift] {
            lines += [
                level == .contract ? "## Contract" : "## Swift API", "",
                "| id | area | finds |", "|---|---|---|",
            ]
            lines += DiffCheck.all.filter { $0.level == level }.map { "| `\($0.id)` | \($0.area) | \($0.summary) |" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
