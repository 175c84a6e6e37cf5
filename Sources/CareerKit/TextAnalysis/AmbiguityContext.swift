/// Decides whether a name that is also an ordinary word (R, Go, Spark, Excel) means the skill where it stands:
/// its casing, the words right around it, and cue words or a list of other skills nearby. Works on bytes and
/// word hashes, since it runs for every ambiguous match of every text.
struct AmbiguityContext: Sendable {
    /// A skill's rule with its cue words hashed once.
    struct Rule: Sendable {
        let caseSensitive: Bool
        let cues: CueWords
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
                    cues: CueWords(rule.cues),
                    rejectFollowing: rule.rejectFollowing.map { Array($0.lowercased().utf8) },
                    rejectPreceding: rule.rejectPreceding.map { Array($0.lowercased().utf8) })
            }
        }
    }

    /// The matches that survive their context; unambiguous ones always do.
    func filter(
        _ matches: [SkillExtractor.Match], in bytes: UnsafeBufferPointer<UInt8>, patterns: [SkillExtractor.Pattern],
        shapes: [SkillExtractor.Shape]
    ) -> [SkillExtractor.Match] {
        shapes.withUnsafeBufferPointer { shapes in
            func isAmbiguous(_ index: Int) -> Bool { shapes[matches[index].pattern].has(.ambiguous) }
            guard let first = matches.indices.first(where: isAmbiguous) else { return matches }
            var kept = Array(matches[..<first])
            kept.reserveCapacity(matches.count)
            for index in first..<matches.count {
                let match = matches[index]
                if isAmbiguous(index), let rule = rules[patterns[match.pattern].skill] {
                    guard survivesWords(match, rule: rule, exact: patterns[match.pattern].exact, bytes: bytes) else {
                        continue
                    }
                    // The nearest unambiguous matches on either side (starts only grow).
                    let before = (0..<index).last { !isAmbiguous($0) }
                    let after = ((index + 1)..<matches.count).first { !isAmbiguous($0) }
                    let listed =
                        before.map { inList(match, with: matches[$0], bytes) } == true
                        || after.map { inList(match, with: matches[$0], bytes) } == true
                    guard listed || hasCue(rule.cues, near: match, in: bytes) else { continue }
                }
                kept.append(match)
            }
            return kept
        }
    }

    /// The checks before list and cue: casing, and words that rule the mention out.
    private func survivesWords(
        _ match: SkillExtractor.Match, rule: Rule, exact: [UInt8], bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        if rule.caseSensitive, !Self.matchesExactly(exact, at: match.start, in: bytes) { return false }
        if rule.rejectFollowing.contains(where: { Self.follows(bytes, match.end, $0) }) { return false }
        if rule.rejectPreceding.contains(where: { Self.precedes(bytes, match.start, $0) }) { return false }
        return true
    }

    private static func matchesExactly(_ exact: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + exact.count <= bytes.count else { return false }
        for (offset, byte) in exact.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }

    /// Another skill a few bytes away, with only list punctuation or "and"/"or" between them.
    private func inList(
        _ match: SkillExtractor.Match, with other: SkillExtractor.Match, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
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
        return Self.joins(bytes, gap, "and") || Self.joins(bytes, gap, "or")
    }

    /// A cue word (or two-word cue) within the window around the mention.
    private func hasCue(
        _ cues: CueWords, near match: SkillExtractor.Match, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard !cues.isEmpty else { return false }
        return cues.appear(
            in: bytes, max(0, match.start - Self.cueWindow)..<min(bytes.count, match.end + Self.cueWindow))
    }

    /// The gap between two mentions is " word" or holds " word " (any case): "Python and R".
    static func joins(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>, _ word: StaticString) -> Bool {
        let spaced = [UInt8(ascii: " ")] + UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        func spelled(at position: Int) -> Bool {
            spaced.indices.allSatisfy { PatternTrie.fold(bytes[position + $0]) == spaced[$0] }
        }
        if gap.count == spaced.count, bytes[gap.lowerBound] == 32, spelled(at: gap.lowerBound) { return true }
        guard gap.count > spaced.count else { return false }
        return (gap.lowerBound...(gap.upperBound - spaced.count - 1)).contains { position in
            bytes[position] == 32 && spelled(at: position) && bytes[position + spaced.count] == 32
        }
    }

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
}
