/// Finds skill mentions in free text by scanning it once with a trie built from every skill's name and
/// aliases, then keeping whole-word matches, preferring the longest, and checking ambiguous names against
/// their context.
public struct SkillExtractor: Sendable {
    struct Pattern: Sendable {
        let skill: Int
        let bytes: [UInt8]
        /// As written in the taxonomy, for names that count only in their exact casing.
        let exact: [UInt8]
        let startsWithWord: Bool
        let endsWithWord: Bool
        /// Names ending in a symbol (C++, C#) must not run on into more symbols.
        let endsWithSymbol: Bool
        /// Whether this form of the name must be confirmed by its context.
        let isAmbiguous: Bool
    }

    let skills: [Skill]
    let patterns: [Pattern]
    /// Each pattern's length and flags in a flat array the scan reads without touching reference counts.
    let shapes: [Shape]

    /// What the whole-word checks need to know of a pattern.
    struct Shape: Sendable {
        struct Flags: OptionSet, Sendable {
            let rawValue: UInt8
            static let startsWithWord = Flags(rawValue: 1)
            static let endsWithWord = Flags(rawValue: 2)
            static let endsWithSymbol = Flags(rawValue: 4)
            static let ambiguous = Flags(rawValue: 8)
        }

        let length: Int32
        let flags: Flags

        func has(_ flag: Flags) -> Bool { flags.contains(flag) }
    }
    /// Each pattern's skill id, copied out so a mention costs no lookup through `skills`.
    let skillIDs: [Skill.ID]
    let trie: PatternTrie
    let context: AmbiguityContext

    /// Builds the trie from every skill's name and aliases.
    public init(skills: [Skill]) {
        self.skills = skills
        var seen = Set<[UInt8]>()
        var patterns: [Pattern] = []
        for (index, skill) in skills.enumerated() {
            let ambiguousForms = Set(
                (skill.ambiguity.map { $0.words.isEmpty ? [skill.name] : $0.words } ?? []).map { $0.lowercased() })
            for name in [skill.name] + skill.aliases {
                let exact = Array(Self.collapsingSpaces(name).utf8)
                let folded = exact.map(PatternTrie.fold)
                guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
                patterns.append(
                    Pattern(
                        skill: index, bytes: folded, exact: exact, startsWithWord: Self.isWordByte(folded.first!),
                        endsWithWord: Self.isWordByte(folded.last!),
                        endsWithSymbol: folded.last == UInt8(ascii: "+") || folded.last == UInt8(ascii: "#"),
                        isAmbiguous: ambiguousForms.contains(name.lowercased())))
            }
        }
        self.patterns = patterns
        shapes = patterns.map { pattern in
            var flags: Shape.Flags = []
            if pattern.startsWithWord { flags.insert(.startsWithWord) }
            if pattern.endsWithWord { flags.insert(.endsWithWord) }
            if pattern.endsWithSymbol { flags.insert(.endsWithSymbol) }
            if pattern.isAmbiguous { flags.insert(.ambiguous) }
            return Shape(length: Int32(pattern.bytes.count), flags: flags)
        }
        skillIDs = patterns.map { skills[$0.skill].id }
        trie = PatternTrie(names: patterns.map(\.bytes))
        context = AmbiguityContext(skills: skills)
    }

    /// Every mention, in text order, overlapping candidates resolved to the longest.
    public func mentions(in text: String) -> [SkillMention] {
        var text = text
        return text.withUTF8 { bytes in
            let chosen = wholeWordMatches(in: bytes)
            let accepted = context.filter(chosen, in: bytes, patterns: patterns, shapes: shapes)
            return mentions(accepted, in: bytes)
        }
    }

    /// The distinct skills a text names, each with its mentions.
    public func skillMentions(in text: String) -> [(skill: Skill.ID, mentions: [SkillMention])] {
        var text = text
        return text.withUTF8 { bytes in
            let accepted = context.filter(wholeWordMatches(in: bytes), in: bytes, patterns: patterns, shapes: shapes)
            let mentions = mentions(accepted, in: bytes)
            // Grouped by the skill's position, not its id: hashing ids cost as much as finding the mentions.
            var groups: [(skill: Skill.ID, mentions: [SkillMention])] = []
            var group = [Int32](repeating: -1, count: skills.count)
            for (match, mention) in zip(accepted, mentions) {
                let skill = patterns[match.pattern].skill
                if group[skill] < 0 {
                    group[skill] = Int32(groups.count)
                    groups.append((mention.skill, []))
                }
                groups[Int(group[skill])].mentions.append(mention)
            }
            return groups
        }
    }

    /// A match of one pattern: its byte range, before any overlap or context is resolved.
    struct Match {
        let pattern: Int
        let start: Int
        var end: Int
        /// Counting from 1.
        let line: Int
    }

    /// One scan for every pattern, whole-word checks on the few matches, and of overlapping matches the leftmost,
    /// then the longest (the scan reports them in order of start, shortest first).
    func wholeWordMatches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        wholeWordMatches(in: bytes) { trie.scan(bytes, $0) }
    }

    /// The same, from the candidates `scan` reports in order of start (tests pass a plainer scan to compare).
    func wholeWordMatches(
        in bytes: UnsafeBufferPointer<UInt8>, scan: ((Int, Int, Int, Int) -> Void) -> Void
    ) -> [Match] {
        var matches: [Match] = []
        // Texts name a skill every 60 bytes or so; reserving saves most regrowth.
        matches.reserveCapacity(bytes.count / 32)
        var reach = 0
        shapes.withUnsafeBufferPointer { shapes in
            scan { index, start, end, line in
                let shape = shapes[index]
                if shape.has(.startsWithWord), start > 0 {
                    let before = bytes[start - 1]
                    if Self.isWordByte(before) { return }
                    // After a dot inside a word ("Next.js") a name is part of a longer one.
                    if before == UInt8(ascii: "."), start > 1, Self.isWordByte(bytes[start - 2]) { return }
                }
                var end = end
                if end < bytes.count {
                    let next = bytes[end]
                    if shape.has(.endsWithSymbol),
                        next == UInt8(ascii: "+") || next == UInt8(ascii: "#") || Self.isWordByte(next)
                    {
                        return
                    }
                    if shape.has(.endsWithWord), Self.isWordByte(next) {
                        // A plain plural ("LLMs", "APIs") still names the skill.
                        let plural =
                            (next | 0x20) == UInt8(ascii: "s") && shape.length >= 3
                            && (end + 1 == bytes.count || !Self.isWordByte(bytes[end + 1]))
                        guard plural else { return }
                        end += 1
                    }
                }
                if let last = matches.last, last.start == start {
                    guard end > last.end else { return }
                    matches[matches.count - 1] = Match(pattern: index, start: start, end: end, line: line)
                } else {
                    guard start >= reach else { return }
                    matches.append(Match(pattern: index, start: start, end: end, line: line))
                }
                reach = end
            }
        }
        return matches
    }

    func mentions(_ matches: [Match], in bytes: UnsafeBufferPointer<UInt8>) -> [SkillMention] {
        skillIDs.withUnsafeBufferPointer { skillIDs in
            matches.map { match in
                SkillMention(
                    skill: skillIDs[match.pattern],
                    text: String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[match.start..<match.end]), as: UTF8.self),
                    start: match.start, end: match.end, line: match.line)
            }
        }
    }

    /// Letters, digits and every byte of a non-ASCII character count as parts of words.
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122, 128...255: true
        default: false
        }
    }

    static func collapsingSpaces(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
