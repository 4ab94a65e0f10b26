/// How a change affects code that worked with the old document.
public enum DiffSeverity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Nothing that worked stops working.
    case compatible
    /// Some uses stop working (an exhaustive `switch`, a client that trusted a value never to appear).
    case potentiallyBreaking = "potentially-breaking"
    /// Uses that worked stop working.
    case breaking

    private var rank: Int {
        switch self {
        case .compatible: 0
        case .potentiallyBreaking: 1
        case .breaking: 2
        }
    }

    /// Orders severities from compatible to breaking.
    public static func < (lhs: DiffSeverity, rhs: DiffSeverity) -> Bool { lhs.rank < rhs.rank }
}
