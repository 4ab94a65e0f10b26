extension Array where Element == Duration {
    /// The median, in seconds: the figure every column of the benchmark prints.
    var medianSeconds: Double {
        let seconds = map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }.sorted()
        return seconds[seconds.count / 2]
    }
}
