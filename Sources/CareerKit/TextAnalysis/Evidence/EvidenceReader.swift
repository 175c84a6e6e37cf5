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
    /// The patterns flat, for matching on bytes.
    let table: PhraseTable
    /// Every first-two-bytes key some pattern starts with, sorted, and per key its patterns: `candidates` from
    /// `candidateStarts[k]` up to `candidateStarts[k + 1]`. A text's word is tried only against the few patterns
    /// that could start there (without it, reading evidence ran at about 1.4 MB/s).
    let startKeys: [UInt16]
    let candidateStarts: [Int32]
    let candidates: [Int32]
    /// One bit per hashed first-three-bytes key that some pattern's first word can start with: most words fail
    /// it without a search. Two bytes let 38% of a posting's words through; three, 15%; 7% start a pattern.
    let startBits: [UInt64]

    /// A reader for the knowledge base's taxonomy.
    public init(base: KnowledgeBase) {
        skills = base.skills
        var positions: [Skill.ID: Int] = [:]
        for (position, skill) in base.skills.enumerated() { positions[skill.id] = position }
        self.positions = positions
        patterns = base.skills.enumerated().flatMap { position, skill in
            skill.described.compactMap { text in PhrasePattern(text).map { (position, $0) } }
        }
        table = PhraseTable(patterns.map(\.pattern))
        var byStart: [UInt16: [Int32]] = [:]
        for (index, entry) in patterns.enumerated() {
            for key in Set(entry.pattern.steps[0].choices.map { PhrasePattern.startKey($0.bytes[...]) }) {
                byStart[key, default: []].append(Int32(index))
            }
        }
        startKeys = byStart.keys.sorted()
        candidateStarts = startKeys.reduce(into: [0]) { $0.append($0.last! + Int32(byStart[$1]!.count)) }
        candidates = startKeys.flatMap { byStart[$0]! }
        var bits = [UInt64](repeating: 0, count: 1024)
        for entry in patterns {
            for choice in entry.pattern.steps[0].choices {
                let letters = choice.bytes.map(UInt32.init) + [0, 0]
                let head = letters[0] << 16 | letters[1] << 8
                // A two-letter prefix can go on with any third byte (0 is the word's end).
                for third in choice.isPrefix && choice.bytes.count == 2 ? Array(0...255) : [letters[2]] {
                    let bit = Self.startBit(head | UInt32(third))
                    bits[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }
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
    /// first two bytes of each word are looked at, and only a word that can start a pattern is read further.
    func describedWork(in bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, String, Int) -> Void) {
        guard !bytes.isEmpty else { return }
        var line = 1
        var previousWasWord: UInt64 = 0
        table.withView { table in
            Self.joiners.withUnsafeBufferPointer { joiners in
                startBits.withUnsafeBufferPointer { startBits in
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
                            // Letters, digits and non-ASCII bytes, plus the joiners and symbols inside words.
                            let masks = BlockMasks(block, symbols: joiners, folding: folded)
                            let wordBytes = masks.word | masks.symbol
                            var starts = wordBytes & ~(wordBytes << 1 | previousWasWord)
                            previousWasWord = wordBytes >> 63
                            while starts != 0 {
                                let offset = starts.trailingZeroBitCount
                                starts &= starts &- 1
                                let wordStart = base + offset
                                guard let head = Self.head(bytes, at: wordStart) else { continue }
                                let bit = Self.startBit(head)
                                guard startBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                                let here = line + (masks.lineFeed & ((1 << UInt64(offset)) &- 1)).nonzeroBitCount
                                guard let word = PhraseTable.View.nextWord(in: bytes, from: wordStart) else { continue }
                                for candidate in candidates(startingWith: UInt16(head >> 8)).lazy.map(Int.init) {
                                    guard
                                        let end = table.match(
                                            candidate, in: bytes, first: word.first, last: word.last,
                                            runEnd: word.runEnd)
                                    else { continue }
                                    let phrase = String(
                                        decoding: UnsafeBufferPointer(rebasing: bytes[word.first..<end]), as: UTF8.self)
                                    found(candidate, phrase, here)
                                }
                            }
                            line += masks.lineFeed.nonzeroBitCount
                        }
                    }
                }
            }
        }
    }

    /// The first three bytes of the word that starts at `start`, folded, as one number (0 past the word's end);
    /// nil for an empty word. The bytes are read in place unless a joiner is among them, which is rare.
    @inline(__always)
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32? {
        var letters: (UInt8, UInt8, UInt8) = (TextWords.folded(bytes[start]), 0, 0)
        if start + 1 < bytes.count { letters.1 = TextWords.folded(bytes[start + 1]) }
        if start + 2 < bytes.count { letters.2 = TextWords.folded(bytes[start + 2]) }
        if TextWords.isJoiner(letters.0) || TextWords.isJoiner(letters.1) || TextWords.isJoiner(letters.2) {
            guard let word = PhraseTable.View.nextWord(in: bytes, from: start), word.first < word.last else {
                return nil
            }
            let length = word.last - word.first
            letters.0 = TextWords.folded(bytes[word.first])
            letters.1 = length > 1 ? TextWords.folded(bytes[word.first + 1]) : 0
            letters.2 = length > 2 ? TextWords.folded(bytes[word.first + 2]) : 0
        } else {
            if !TextWords.isWordByte(letters.1) { letters.1 = 0 }
            if letters.1 == 0 || !TextWords.isWordByte(letters.2) { letters.2 = 0 }
        }
        return UInt32(letters.0) << 16 | UInt32(letters.1) << 8 | UInt32(letters.2)
    }

    /// Where a first-three-bytes key falls in `startBits`.
    @inline(__always)
    private static func startBit(_ head: UInt32) -> Int { Int((head &* 0x9E37_79B1) >> 16) }

    /// The patterns whose first word may start with `key`'s two bytes.
    @inline(__always)
    private func candidates(startingWith key: UInt16) -> ArraySlice<Int32> {
        var low = 0, high = startKeys.count
        while low < high {
            let middle = (low + high) / 2
            if startKeys[middle] < key { low = middle + 1 } else { high = middle }
        }
        guard low < startKeys.count, startKeys[low] == key else { return [] }
        return candidates[Int(candidateStarts[low])..<Int(candidateStarts[low + 1])]
    }

    /// The bytes besides letters, digits and non-ASCII ones that belong to words (`TextWords.isWordByte`).
    private static let joiners: [UInt8] = Array("/-+#'".utf8)
}
