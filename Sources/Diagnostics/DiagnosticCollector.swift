/// The one channel the diagnostics of a run go through: every stage and builder reports into the collector it is
/// given, instead of appending to arrays of its own or of another builder.
///
/// A collector belongs to one run on one thread; it is a class so builders that call each other share it.
public final class DiagnosticCollector {
    /// Everything reported, in the order it was reported.
    public private(set) var diagnostics: [Diagnostic] = []

    /// An empty collector.
    public init() {}

    /// Records one diagnostic.
    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records several diagnostics, in order.
    public func report(contentsOf diagnostics: some Sequence<Diagnostic>) {
        self.diagnostics.append(contentsOf: diagnostics)
    }
}
