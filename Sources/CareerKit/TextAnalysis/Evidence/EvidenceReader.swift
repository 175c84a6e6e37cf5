/// Reads every way a text shows skills: names (from the skill extractor), described work (phrase patterns), and
/// what those imply through the taxonomy's `implies` and `broader` relations. Built once per knowledge base.
public struct EvidenceReader: Sendable {
    let base: KnowledgeBase
    /// Every phrase pattern with its skill, in taxonomy order.
    let patterns: [(skill: Skill.ID, pattern: PhrasePattern)]
    /// Per skill, every skill it counts toward, directly or through others.
    let countsToward: [Skill.ID: [Skill.ID]]
    /// Patterns by the first two bytes their first word may start with: a text's word is tried only against the
    /// few patterns that could start there (without it, reading evidence ran at about 1.4 MB/s).
    let patternsByStart: [UInt16: [Int]]
    /// One bit per first-two-bytes key that some pattern starts with: most words fail it without hashing.
    let startBits: [UInt64]

    /// A reader for the knowledge base's taxonomy.
    public init(base: KnowledgeBase) {
        self.base = base
        patterns = base.skills.flatMap { skill in
            skill.described.compactMap { text in PhrasePattern(text).map { (skill.id, $0) } }
        }
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
        var direct: [Skill.ID: [Skill.ID]] = [:]
        for skill in base.skills { direct[skill.id] = skill.implies + skill.broader }
        var closure: [Skill.ID: [Skill.ID]] = [:]
        for skill in base.skills where !(direct[skill.id] ?? []).isEmpty {
            // Depth first with a visited set, so a cycle (which the validator reports) cannot loop for ever.
            var seen: Set<Skill.ID> = [skill.id]
            var order: [Skill.ID] = []
            var stack = Array((direct[skill.id] ?? []).reversed())
            while let next = stack.popLast() {
                guard seen.insert(next).inserted else { continue }
                order.append(next)
                stack += (direct[next] ?? []).reversed()
            }
            closure[skill.id] = order
        }
        countsToward = closure
    }

    /// The skills a text shows, with how: named skills first (in order of first mention), then described and
    /// implied ones. `named` is the extractor's reading of the same text.
    public func read(_ text: String, named: [FoundSkill]) -> [EvidencedSkill] {
        var evidence: [Skill.ID: [SkillEvidence]] = [:]
        var order: [Skill.ID] = []
        func add(_ skill: Skill.ID, _ item: SkillEvidence) {
            if evidence[skill] == nil { order.append(skill) }
            evidence[skill, default: []].append(item)
        }
        for found in named {
            for mention in found.mentions.prefix(3) {
                add(found.skill, SkillEvidence(kind: .named, text: mention.text, line: mention.line, via: nil))
            }
        }
        let words = TextWords(text)
        var described: [Skill.ID: Int] = [:]
        for index in 0..<words.count {
            let key = PhrasePattern.startKey(words.word(index))
            guard startBits[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0, let candidates = patternsByStart[key] else {
                continue
            }
            for candidate in candidates {
                let (skill, pattern) = patterns[candidate]
                guard let end = pattern.match(in: words, at: index), described[skill, default: 0] < 3 else { continue }
                let phrase = words.phrase(from: index, to: end)
                let line = words.line(index)
                // A phrase that is also one of the skill's names ("on-call") is already there as named.
                let alreadyNamed = (evidence[skill] ?? []).contains {
                    $0.kind == .named && $0.line == line && $0.text.lowercased() == phrase.lowercased()
                }
                guard !alreadyNamed else { continue }
                described[skill, default: 0] += 1
                add(skill, SkillEvidence(kind: .described, text: phrase, line: line, via: nil))
            }
        }
        // What each shown skill implies, once per implying skill, after what the text shows directly.
        for source in order {
            guard let targets = countsToward[source], let first = evidence[source]?.first else { continue }
            for target in targets where !(evidence[target] ?? []).contains(where: { $0.via == source }) {
                add(
                    target,
                    SkillEvidence(kind: .implied, text: base.skillName(source), line: first.line, via: source))
            }
        }
        return order.compactMap { id in
            guard let skill = base.skill(id), let items = evidence[id] else { return nil }
            return EvidencedSkill(
                skill: id, name: skill.name, category: skill.category,
                evidence: items.enumerated().sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }
                    .map(\.element))
        }
    }
}
