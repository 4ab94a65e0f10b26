extension Diagnostic {
    /// The compiler-format text of each diagnostic, in order. A long list (a hostile document can cause 50,000
    /// warnings, each with a note) is formatted in two halves at once.
    public static func lines(of diagnostics: [Diagnostic]) -> [String] {
        guard diagnostics.count >= parallelLineCount else { return diagnostics.map(\.description) }
        let middle = diagnostics.count / 2
        let (first, second) = LargeStack.concurrently(
            { diagnostics[..<middle].map(\.description) }, { diagnostics[middle...].map(\.description) })
        return first + second
    }

    /// Diagnostics from which formatting is split over two threads.
    static let parallelLineCount = 10_000
}
