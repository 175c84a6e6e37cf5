import Foundation

/// How a resume meets a posting: every skill the posting asks for, with the resume's evidence (named, described or
/// implied) or marked missing, and a score that is the sum of its lines. Each skill counts once, however often
/// either text repeats it, so repeating a keyword earns nothing.
public struct ResumeMatch: Sendable, Codable {
    /// One skill the posting asks for, and how the resume meets it.
    public struct Line: Sendable, Codable, Hashable {
        public let skill: Skill.ID
        public let name: String
        /// What the posting does with it: required, nice to have, or only mentioned in the duties.
        public let asked: Asked
        /// How much it counts: 3 when required, 1 otherwise (a missing requirement costs three times as much).
        public let weight: Int
        /// How many times the posting names it; missing skills are ordered by this after `weight`.
        public let emphasis: Int
        /// The resume's evidence, strongest first; empty when the resume does not show the skill.
        public let evidence: [SkillEvidence]
        /// The resume shows the skill only in a list of skills, with no work that uses it.
        public let onlyInSkillsList: Bool
        /// What the line adds to the score: its share of the total weight, halved for a skill only listed.
        public let points: Double

        /// Whether the resume shows the skill at all.
        public var met: Bool { !evidence.isEmpty }
    }

    /// Required, nice to have, or named in the duties only.
    public enum Asked: String, Sendable, Codable, Hashable {
        case required, niceToHave, mentioned
    }

    /// 0...100, the sum of every line's points.
    public let score: Double
    /// Every skill the posting asks for, required first, then nice to have, then the rest.
    public let lines: [Line]
    /// The skills the resume does not show, the posting's emphasis first (required, then most often named).
    public let missing: [Line]
    /// The role the posting's work reads as, and its title's claim, in one sentence.
    public let postingReading: String

    /// Matches a resume's evidence against a posting's asks.
    public init(resume: ResumeAnalysis, resumeText: String, posting: PostingAnalysis) {
        let listLines = ResumeSkillLists(text: resumeText).lines
        let shown = Dictionary(resume.evidence.map { ($0.skill, $0) }, uniquingKeysWith: { first, _ in first })
        let supported = Self.supported(resume.evidence, listLines: listLines)
        let asks: [(FoundSkill, Asked)] =
            posting.required.map { ($0, .required) } + posting.niceToHave.map { ($0, .niceToHave) }
            + posting.mentioned.map { ($0, .mentioned) }
        let total = Double(asks.reduce(0) { $0 + ($1.1 == .required ? 3 : 1) })
        var lines: [Line] = []
        for (found, asked) in asks {
            let weight = asked == .required ? 3 : 1
            let evidence = shown[found.skill]?.evidence ?? []
            let onlyListed = !evidence.isEmpty && !supported.contains(found.skill)
            let share = total > 0 ? 100 * Double(weight) / total : 0
            lines.append(
                Line(
                    skill: found.skill, name: found.name, asked: asked, weight: weight,
                    emphasis: found.mentions.count, evidence: evidence, onlyInSkillsList: onlyListed,
                    points: evidence.isEmpty ? 0 : onlyListed ? share / 2 : share))
        }
        self.lines = lines
        score = lines.reduce(0) { $0 + $1.points }
        missing = lines.filter { !$0.met }.sorted { ($0.weight, $0.emphasis) > ($1.weight, $1.emphasis) }
        postingReading = posting.reading
    }

    /// The skills the resume backs with work: named outside a skills list, described, or implied by such a skill.
    static func supported(_ evidence: [EvidencedSkill], listLines: Set<Int>) -> Set<Skill.ID> {
        var supported = Set<Skill.ID>()
        for shown in evidence {
            let backed = shown.evidence.contains { item in
                switch item.kind {
                case .named: !listLines.contains(item.line ?? 0)
                case .described: true
                case .implied: item.via.map(supported.contains) ?? false
                }
            }
            if backed { supported.insert(shown.skill) }
        }
        return supported
    }
}

/// The lines of a resume that list skills rather than describe work: those under a heading such as "Skills" or
/// "Tools", and lines that start "Skills:" or "Technologies:".
struct ResumeSkillLists {
    let lines: Set<Int>

    static let headings = ["skill", "technolog", "tools", "tech stack", "competenc", "expertise", "languages"]

    init(text: String) {
        var lines = Set<Int>()
        var inList = false
        // Lines split on line feeds as bytes: a browser's "\r\n" is one Character, which a split on "\n" misses.
        let rawLines = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
        for (index, raw) in rawLines.enumerated() {
            let line = raw.lowercased().trimmingCharacters(in: .whitespaces)
            let bare = line.trimmingCharacters(in: .init(charactersIn: "#*:_-= "))
            let isHeading =
                !bare.isEmpty && bare.count <= 40 && bare.split(separator: " ").count <= 4
                && !line.contains(",") && !line.hasPrefix("-") && !line.hasPrefix("•")
            if isHeading {
                inList = Self.headings.contains(where: bare.contains)
                if inList { lines.insert(index + 1) }
                continue
            }
            let labelled = Self.headings.contains { label in
                guard let colon = line.firstIndex(of: ":") else { return false }
                return line[..<colon].contains(label) && line.distance(from: line.startIndex, to: colon) <= 30
            }
            if inList || labelled { lines.insert(index + 1) }
        }
        self.lines = lines
    }
}
