/// Reads every way a text shows skills: names (from the skill extractor), described work (phrase patterns), and
/// what those imply through the taxonomy's `implies` and `broader` relations. Built once per knowledge base.
///
/// Skills are handled by their position in the taxonomy rather than by id: hashing string ids for every piece
/// of evidence cost more than finding it.
public struct EvidenceReader: Sendable {
    /// The taxonomy's skills, in order, and each id's position among them.
    let skills: [Skill]
    let positions: [Skill.ID: Int]
    /// Every phrase pattern with its skill's position, in taxonomy order.
    let patterns: [(skill: Int, pattern: PhrasePattern)]
    /// Per skill position, the positions of every skill it counts toward, directly or through others.
    let countsToward: [[Int]]
    /// Patterns by the first two bytes their first word may start with: a text's word is tried only against the
    /// few patterns that could start there (without it, reading evidence ran at about 1.4 MB/s).
    let patternsByStart: [UInt16: [Int]]
    /// One bit per first-two-bytes key that some pattern starts with: most words fail it without hashing.
    let startBits: [UInt64]
    /// The most words any pattern spans: how far past a candidate word the text is read into words.
    let longestSpan: Int

    /// A reader for the knowledge base's taxonomy.
    public init(base: KnowledgeBase) {
        skills = base.skills
        var positions: [Skill.ID: Int] = [:]
        for (position, skill) in base.skills.enumerated() { positions[skill.id] = position }
        self.positions = positions
        patterns = base.skills.enumerated().flatMap { position, skill in
            skill.described.compactMap { text in PhrasePattern(text).map { (position, $0) } }
        }
        longestSpan = patterns.map(\.pattern.span).max() ?? 1
        var byStart: [UInt16: [Int]] = [:]
        for (index, entry) in patterns.enumerated() {
            for key in Set(entry.pattern.steps[0].choices.map { PhrasePattern.startKey($0.bytes[...]) }) {
                byStart[key, default: []].append(index)
            }
        }
        patternsByStart = byStart
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in byStart.keys { bits[Int(key >> 6)] |= 1 << UInt64(key & 63) }
        startBits = bits
        let direct = base.skills.map { skill in (skill.implies + skill.broader).compactMap { positions[$0] } }
        countsToward = direct.indices.map { position in
            // Depth first with a visited set, so a cycle (which the validator reports) cannot loop for ever.
            var seen: Set<Int> = [position]
            var order: [Int] = []
            var stack = Array(direct[position].reversed())
            while let next = stack.popLast() {
                guard seen.insert(next).inserted else { continue }
                order.append(next)
                stack += direct[next].reversed()
            }
            return order
        }
    }

    /// The skills a text shows, with how: named skills first (in order of first mention), then described and
    /// implied ones. `named` is the extractor's reading of the same text.
    public func read(_ text: String, named: [FoundSkill]) -> [EvidencedSkill] {
        // Per skill shown: its position and evidence, in the order first shown; `entry` finds a skill's place.
        var shown: [(skill: Int, evidence: [SkillEvidence], described: Int)] = []
        var entry = [Int32](repeating: -1, count: skills.count)
        func add(_ skill: Int, _ item: SkillEvidence) {
            if entry[skill] < 0 {
                entry[skill] = Int32(shown.count)
                shown.append((skill, [], 0))
            }
            shown[Int(entry[skill])].evidence.append(item)
        }
        for found in named {
            guard let position = positions[found.skill] else { continue }
            for mention in found.mentions.prefix(3) {
                add(position, SkillEvidence(kind: .named, text: mention.text, line: mention.line, via: nil))
            }
        }
        var text = text
        text.withUTF8 { bytes in
            describedWork(in: bytes) { candidate, phrase, line in
                let skill = patterns[candidate].skill
                if entry[skill] >= 0 {
                    let current = shown[Int(entry[skill])]
                    guard current.described < 3 else { return }
                    // A phrase that is also one of the skill's names ("on-call") is already there as named.
                    let alreadyNamed = current.evidence.contains {
                        $0.kind == .named && $0.line == line && $0.text.lowercased() == phrase.lowercased()
                    }
                    guard !alreadyNamed else { return }
                }
                add(skill, SkillEvidence(kind: .described, text: phrase, line: line, via: nil))
                shown[Int(entry[skill])].described += 1
            }
        }
        // What each shown skill implies, once per implying skill, after what the text shows directly. The
        // closure lists each target once, so no target gets the same source twice.
        for index in shown.indices {
            let source = shown[index].skill
            guard let first = shown[index].evidence.first else { continue }
            for target in countsToward[source] {
                add(
                    target,
                    SkillEvidence(kind: .implied, text: skills[source].name, line: first.line, via: skills[source].id))
            }
        }
        // Evidence went in named, then described, then implied, so each list is already strongest first.
        return shown.map { skill, evidence, _ in
            let skill = skills[skill]
            return EvidencedSkill(skill: skill.id, name: skill.name, category: skill.category, evidence: evidence)
        }
    }

    /// Every match of a described-work pattern in `bytes`, in order: the pattern's index, the phrase as written
    /// and its line. The text is read 64 bytes at a time into bit masks (as the name scan reads it), so only the
    /// start of each word is looked at, and only a word that can start a pattern is read further into words.
    func describedWork(in bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, String, Int) -> Void) {
        guard !bytes.isEmpty else { return }
        var words = TextWords()
        var line = 1
        var previousWasWord: UInt64 = 0
        Self.joiners.withUnsafeBufferPointer { joiners in
            withUnsafeTemporaryAllocation(byteCount: 128, alignment: 16) { scratch in
                let tail = scratch.baseAddress!, folded = scratch.baseAddress! + 64
                for base in stride(from: 0, to: bytes.count, by: 64) {
                    let block: UnsafeRawPointer
                    if base + 64 <= bytes.count {
                        block = UnsafeRawPointer(bytes.baseAddress! + base)
                    } else {
                        // The last block, padded with zeros (not parts of words) to 64 bytes.
                        tail.initializeMemory(as: UInt8.self, repeating: 0, count: 64)
                        tail.copyMemory(from: bytes.baseAddress! + base, byteCount: bytes.count - base)
                        block = UnsafeRawPointer(tail)
                    }
                    // Letters, digits and non-ASCII bytes, plus the joiners and symbols that stay inside words.
                    let masks = BlockMasks(block, symbols: joiners, folding: folded)
                    let wordBytes = masks.word | masks.symbol
                    var starts = wordBytes & ~(wordBytes << 1 | previousWasWord)
                    previousWasWord = wordBytes >> 63
                    while starts != 0 {
                        let offset = starts.trailingZeroBitCount
                        starts &= starts &- 1
                        let wordStart = base + offset
                        var first = wordStart, last = wordStart + 1
                        while last < bytes.count, TextWords.isWordByte(TextWords.folded(bytes[last])) { last += 1 }
                        while first < last, TextWords.isJoiner(bytes[first]) { first += 1 }
                        while last > first, TextWords.isJoiner(bytes[last - 1]) { last -= 1 }
                        guard first < last else { continue }
                        let second = last - first > 1 ? TextWords.folded(bytes[first + 1]) : 0
                        let key = UInt16(TextWords.folded(bytes[first])) << 8 | UInt16(second)
                        guard startBits[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0,
                            let candidates = patternsByStart[key]
                        else { continue }
                        let here = line + (masks.lineFeed & ((1 << UInt64(offset)) &- 1)).nonzeroBitCount
                        var wordsRead = 0
                        for candidate in candidates
                        where patterns[candidate].pattern.steps[0].choices.contains(where: {
                            $0.accepts(bytes, from: first, to: last)
                        }) {
                            let pattern = patterns[candidate].pattern
                            // Only as many words as this pattern can span; most span two or three.
                            if wordsRead < pattern.span {
                                words.read(bytes, from: wordStart, line: here, maxWords: pattern.span)
                                wordsRead = pattern.span
                            }
                            guard let end = pattern.match(in: words, at: 0) else { continue }
                            found(candidate, words.phrase(from: 0, to: end), here)
                        }
                    }
                    line += masks.lineFeed.nonzeroBitCount
                }
            }
        }
    }

    /// The bytes besides letters, digits and non-ASCII ones that belong to words (`TextWords.isWordByte`).
    private static let joiners: [UInt8] = Array("/-+#'".utf8)
}
