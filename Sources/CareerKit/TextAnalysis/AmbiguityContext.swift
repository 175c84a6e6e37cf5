/// Decides whether a name that is also an ordinary word (R, Go, Spark, Excel) means the skill where it stands:
/// its casing, the words right around it, and cue words or a list of other skills nearby. Works on bytes and
/// word hashes, since it runs for every ambiguous match of every text.
struct AmbiguityContext: Sendable {
    /// A skill's rule with its cue words hashed once.
    struct Rule: Sendable {
        let caseSensitive: Bool
        let cues: Set<UInt64>
        let rejectFollowing: [[UInt8]]
        let rejectPreceding: [[UInt8]]
    }

    let rules: [Rule?]
    /// Bytes either side of a mention searched for cue words.
    static let cueWindow = 80
    /// Bytes between a mention and another skill for the two to count as one list ("Python, R, SQL").
    static let listDistance = 24

    init(skills: [Skill]) {
        rules = skills.map { skill in
            skill.ambiguity.map { rule in
                Rule(
                    caseSensitive: rule.caseSensitive,
                    cues: Set(rule.cues.map { Self.hash(Array($0.lowercased().utf8)) }),
                    rejectFollowing: rule.rejectFollowing.map { Array($0.lowercased().utf8) },
                    rejectPreceding: rule.rejectPreceding.map { Array($0.lowercased().utf8) })
            }
        }
    }

    /// The matches that survive their context; unambiguous ones always do.
    func filter(
        _ matches: [SkillExtractor.Match], in bytes: UnsafeBufferPointer<UInt8>, patterns: [SkillExtractor.Pattern]
    ) -> [SkillExtractor.Match] {
        guard matches.contains(where: { patterns[$0.pattern].isAmbiguous }) else { return matches }
        let plain = matches.filter { !patterns[$0.pattern].isAmbiguous }
        return matches.filter { match in
            let pattern = patterns[match.pattern]
            guard pattern.isAmbiguous, let rule = rules[pattern.skill] else { return true }
            if rule.caseSensitive, !Self.matchesExactly(pattern.exact, at: match.start, in: bytes) { return false }
            if rule.rejectFollowing.contains(where: { Self.follows(bytes, match.end, $0) }) { return false }
            if rule.rejectPreceding.contains(where: { Self.precedes(bytes, match.start, $0) }) { return false }
            return inList(match, among: plain, bytes: bytes) || hasCue(rule.cues, near: match, in: bytes)
        }
    }

    private static func matchesExactly(_ exact: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + exact.count <= bytes.count else { return false }
        for (offset, byte) in exact.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }

    /// Another skill a few bytes away, with only list punctuation or "and"/"or" between them.
    private func inList(
        _ match: SkillExtractor.Match, among others: [SkillExtractor.Match], bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        // The nearest plain match on each side, found by binary search on start.
        var low = 0, high = others.count
        while low < high {
            let middle = (low + high) / 2
            if others[middle].start < match.start { low = middle + 1 } else { high = middle }
        }
        let neighbours = [low - 1, low].filter(others.indices.contains).map { others[$0] }
        return neighbours.contains { other in
            let gap = other.end <= match.start ? other.end..<match.start : match.end..<max(match.end, other.start)
            guard gap.count <= Self.listDistance else { return false }
            var sawSeparator = false
            for position in gap {
                switch bytes[position] {
                case UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: "("),
                    UInt8(ascii: ")"), 10:
                    sawSeparator = true
                case UInt8(ascii: "."): return false
                default: break
                }
            }
            if sawSeparator { return true }
            let between = Self.lowered(bytes, gap)
            return between.contains(" and ") || between.contains(" or ") || between == " and" || between == " or"
        }
    }

    /// A cue word (or two-word cue) within the window around the mention.
    private func hasCue(
        _ cues: Set<UInt64>, near match: SkillExtractor.Match, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard !cues.isEmpty else { return false }
        let window = max(0, match.start - Self.cueWindow)..<min(bytes.count, match.end + Self.cueWindow)
        var word = Self.offset, previousWord: UInt64?, pair: UInt64?, inWord = false
        func finish() -> Bool {
            defer { previousWord = word }
            return cues.contains(word) || pair.map(cues.contains) == true
        }
        for position in window {
            let byte = PatternTrie.fold(bytes[position])
            if SkillExtractor.isWordByte(byte) {
                if !inWord {
                    word = Self.offset
                    // The pair hash continues from the previous word through one space.
                    pair = previousWord.map { Self.step($0, 32) }
                    inWord = true
                }
                word = Self.step(word, byte)
                pair = pair.map { Self.step($0, byte) }
            } else if inWord {
                inWord = false
                if finish() { return true }
            }
        }
        return inWord && finish()
    }

    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    private static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.reduce(offset, step) }

    /// The text after `end` starts with `phrase`: a symbol ("&") must touch the mention; a word may follow spaces
    /// and must end there.
    static func follows(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ phrase: [UInt8]) -> Bool {
        guard let first = phrase.first else { return false }
        var position = end
        if SkillExtractor.isWordByte(first) { while position < bytes.count, bytes[position] == 32 { position += 1 } }
        guard position + phrase.count <= bytes.count else { return false }
        for (offset, byte) in phrase.enumerated() where PatternTrie.fold(bytes[position + offset]) != byte {
            return false
        }
        let after = position + phrase.count
        return !SkillExtractor.isWordByte(phrase.last!) || after == bytes.count
            || !SkillExtractor.isWordByte(bytes[after])
    }

    /// The words just before `start` (spaces skipped) end with `phrase`, which starts a word there.
    static func precedes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ phrase: [UInt8]) -> Bool {
        var end = start
        while end > 0, bytes[end - 1] == 32 { end -= 1 }
        let begin = end - phrase.count
        guard begin >= 0 else { return false }
        for (offset, byte) in phrase.enumerated() where PatternTrie.fold(bytes[begin + offset]) != byte {
            return false
        }
        return begin == 0 || !SkillExtractor.isWordByte(bytes[begin - 1])
    }

    static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased()
    }
}
