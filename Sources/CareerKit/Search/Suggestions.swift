/// "Did you mean" suggestions by edit distance, for ids people mistype.
public enum Suggestions {
    /// Inputs longer than this get no suggestions.
    public static let maximumInput = 80

    /// Up to `limit` candidates close to `input`, closest first; none when nothing is close.
    public static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        // Nobody mistypes a name this long; comparing it with every candidate would only cost time.
        guard input.count <= maximumInput else { return [] }
        let needle = input.lowercased()
        let threshold = max(2, needle.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let hay = candidate.lowercased()
            let distance = editDistance(needle, hay)
            // A candidate that contains the input (or the reverse) is close whatever its length.
            if distance <= threshold { return (candidate, distance) }
            if needle.count >= 3, hay.contains(needle) || needle.contains(hay) { return (candidate, threshold + 1) }
            return nil
        }
        // Far weaker candidates only add noise beside a clear winner.
        let best = scored.map(\.1).min() ?? 0
        var seen = Set<String>()
        return scored.filter { $0.1 <= best + 1 }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0).filter {
            seen.insert($0).inserted
        }
        .prefix(limit).map { $0 }
    }

    /// Levenshtein distance between two strings, by characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
