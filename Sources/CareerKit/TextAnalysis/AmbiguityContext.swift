/// Decides whether a name that is also an ordinary word (R, Go, Spark, Excel) means the skill where it stands:
/// its casing, the words right around it, and cue words or a list of other skills nearby.
struct AmbiguityContext: Sendable {
    let rules: [Skill.Ambiguity?]
    /// Bytes either side of a mention searched for cue words.
    static let cueWindow = 80
    /// Bytes between a mention and another skill for the two to count as one list ("Python, R, SQL").
    static let listDistance = 24

    init(skills: [Skill]) { rules = skills.map(\.ambiguity) }

    /// The matches that survive their context; unambiguous ones always do.
    func filter(
        _ matches: [SkillExtractor.Match], in bytes: UnsafeBufferPointer<UInt8>, patterns: [SkillExtractor.Pattern]
    ) -> [SkillExtractor.Match] {
        guard matches.contains(where: { patterns[$0.pattern].isAmbiguous }) else { return matches }
        let plain = matches.filter { !patterns[$0.pattern].isAmbiguous }
        return matches.filter { match in
            let pattern = patterns[match.pattern]
            guard pattern.isAmbiguous, let rule = rules[pattern.skill] else { return true }
            if rule.caseSensitive,
                !Array(bytes[match.start..<match.start + pattern.exact.count]).elementsEqual(pattern.exact)
            {
                return false
            }
            let before = Self.lowered(bytes, max(0, match.start - 24)..<match.start)
            let after = Self.lowered(bytes, match.end..<min(bytes.count, match.end + 24))
            if rule.rejectFollowing.contains(where: { Self.follows(after, $0.lowercased()) }) { return false }
            if rule.rejectPreceding.contains(where: { Self.precedes(before, $0.lowercased()) }) { return false }
            return inList(match, among: plain, bytes: bytes) || hasCue(rule.cues, near: match, in: bytes)
        }
    }

    /// Another skill a few bytes away, with only list punctuation or "and"/"or" between them.
    private func inList(
        _ match: SkillExtractor.Match, among others: [SkillExtractor.Match], bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        others.contains { other in
            let gap = other.end <= match.start ? other.end..<match.start : match.end..<other.start
            guard gap.lowerBound <= gap.upperBound, gap.count <= Self.listDistance else { return false }
            let between = Self.lowered(bytes, gap)
            guard !between.contains(". "), !between.contains("\n\n") else { return false }
            let separators: [Character] = [",", "/", "|", ";", "(", ")", "•", "\n"]
            return between.contains(where: separators.contains) || between.contains(" and ") || between.contains(" or ")
        }
    }

    private func hasCue(
        _ cues: [String], near match: SkillExtractor.Match, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard !cues.isEmpty else { return false }
        let window = Self.lowered(
            bytes, max(0, match.start - Self.cueWindow)..<min(bytes.count, match.end + Self.cueWindow))
        let words = " " + String(window.map { $0.isLetter || $0.isNumber ? $0 : " " }) + " "
        return cues.contains { words.contains(" " + $0.lowercased() + " ") }
    }

    /// The next word (or symbol run) is `phrase`: "&" must touch the mention; words may follow a space.
    static func follows(_ after: String, _ phrase: String) -> Bool {
        guard let first = phrase.first else { return false }
        if !(first.isLetter || first.isNumber) { return after.hasPrefix(phrase) }
        let rest = after.drop { $0 == " " }
        guard rest.hasPrefix(phrase) else { return false }
        let tail = rest.dropFirst(phrase.count)
        return tail.first.map { !($0.isLetter || $0.isNumber) } ?? true
    }

    /// The words just before the mention end with `phrase`.
    static func precedes(_ before: String, _ phrase: String) -> Bool {
        let trimmed = before.reversed().drop { $0 == " " }.reversed()
        let text = String(trimmed)
        guard text.hasSuffix(phrase) else { return false }
        let head = text.dropLast(phrase.count)
        return head.last.map { !($0.isLetter || $0.isNumber) } ?? true
    }

    static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
    }
}
