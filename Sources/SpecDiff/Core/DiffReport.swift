public import Resolver
public import SwiftEmitter

/// What `plexus-gen diff` found between two documents.
public struct DiffReport: Sendable {
    /// The old document, as the user named it.
    public var old: String
    /// The new document, as the user named it.
    public var new: String
    /// The findings not ignored, in output order.
    public var findings: [DiffFinding]
    /// Findings an ignore entry covers, each with the entry's reason.
    public var ignored: [(finding: DiffFinding, reason: String)]
    /// The SemVer bump the generated SDK needs.
    public var bump: VersionBump

    /// Findings at or above `severity`.
    public func count(atLeast severity: DiffSeverity) -> Int {
        findings.filter { $0.severity >= severity }.count
    }
}

/// The comparison of two documents: their HTTP contract and the Swift API generated from each with the same
/// settings. Both read what the generator reads: the resolved API and the generator's plans.
public enum SpecDiff {
    /// Compares `old` and `new`. `modes`, `options` and `renderer` are those the SDK is generated with.
    public static func compare(
        old: ResolvedAPI, new: ResolvedAPI, names: (old: String, new: String), modes: Set<GenerationMode>,
        options: EmitterOptions, renderer: TemplateRenderer, config: DiffConfig = DiffConfig()
    ) -> DiffReport {
        let contract = ContractDiff(old: old, new: new)
        let surfaces = ConcurrentSurfaces(old: old, new: new, modes: modes, options: options, renderer: renderer)
        let swift = SurfaceDiff(
            old: surfaces.old, new: surfaces.new, operationPairs: contract.operationPairs,
            schemaRenames: contract.schemaRenames)
        var kept: [DiffFinding] = []
        var ignored: [(DiffFinding, String)] = []
        for finding in (contract.findings + swift.findings).sorted(by: DiffFinding.ordered) {
            if let entry = config.ignores.first(where: { $0.matches(finding) }) {
                ignored.append((finding, entry.reason))
            } else {
                kept.append(finding)
            }
        }
        return DiffReport(
            old: names.old, new: names.new, findings: kept, ignored: ignored, bump: VersionBump(for: kept))
    }
}

/// The two SDK surfaces, the new one built on another thread while this one builds the old.
private struct ConcurrentSurfaces {
    let old: SDKSurface
    let new: SDKSurface

    init(
        old: ResolvedAPI, new: ResolvedAPI, modes: Set<GenerationMode>, options: EmitterOptions,
        renderer: TemplateRenderer
    ) {
        let surfaces = ConcurrentWork.map(2) { index in
            SDKSurface.of(index == 0 ? old : new, modes: modes, options: options, renderer: renderer)
        }
        self.old = surfaces[0]
        self.new = surfaces[1]
    }
}
