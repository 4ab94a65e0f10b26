/// Finds the name a misspelt name most likely meant, for "did you mean" hints.
public enum Suggestion {
    /// The closest candidate within an edit distance that grows with the key: 1 up to 4 characters, 2 up to 10,
    /// 3 beyond (`additionalProperty` is three edits from `additionalProperties`).
    public static func closest(to key: String, in candidates: [String]) -> String? {
        let limit = key.count <= 4 ? 1 : key.count <= 10 ? 2 : 3
        var best: (String, Int)?
        for candidate in candidates where candidate != key {
            let distance = editDistance(Array(key.lowercased().utf8), Array(candidate.lowercased().utf8), limit: limit)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// Damerau–Levenshtein distance (adjacent transpositions count once), giving up past `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
