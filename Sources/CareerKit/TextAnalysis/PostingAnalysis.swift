import Foundation

/// What a job posting really asks for: which role it is (with the evidence), the skills it requires and would
/// like, how senior it is, and the pay it states.
public struct PostingAnalysis: Sendable, Codable {
    /// The posting's title: its first non-empty line, or a "Title:" line.
    public let title: String?
    /// Every role, best match first.
    public let roles: [RoleMatch]
    public let required: [FoundSkill]
    public let niceToHave: [FoundSkill]
    /// Skills named outside the requirement sections (duties, company blurb).
    public let mentioned: [FoundSkill]
    public let seniority: Seniority
    public let salary: StatedSalary?

    /// Analyses posting text against every role's requirements.
    public init(text: String, base: KnowledgeBase, extractor: SkillExtractor) {
        let title = Self.title(of: text)
        self.title = title
        let sections = PostingSections(text: text)
        var required: [FoundSkill] = [], nice: [FoundSkill] = [], mentioned: [FoundSkill] = []
        for found in base.foundSkills(in: text, using: extractor) {
            let kinds = Set(found.mentions.map { sections.kind(at: $0.start) })
            if kinds.contains(.required) {
                required.append(found)
            } else if kinds.contains(.niceToHave) {
                nice.append(found)
            } else {
                mentioned.append(found)
            }
        }
        self.required = required
        self.niceToHave = nice
        self.mentioned = mentioned
        roles = RoleMatch.rank(
            required: required.map(\.skill), niceToHave: nice.map(\.skill), mentioned: mentioned.map(\.skill),
            title: title, base: base)
        seniority = Seniority(title: title, text: text)
        salary = StatedSalary.first(in: text)
    }

    static func title(of text: String) -> String? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        if let labelled = lines.first(where: {
            $0.lowercased().hasPrefix("title:") || $0.lowercased().hasPrefix("job title:")
        }) {
            return labelled.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return lines.first { !$0.isEmpty }.map { $0.trimmingCharacters(in: .init(charactersIn: "#* ")) }
    }
}

/// How well a posting fits one role, and why.
public struct RoleMatch: Sendable, Codable {
    public let role: Role.ID
    public let title: String
    /// 0...100: similarity of the posting's skills to the role's, weighted by how distinctive each skill is.
    public let score: Double
    /// The posting's skills that count most toward this role, heaviest first.
    public let evidence: [String]
    /// Whether the posting's title names this role.
    public let titleMatches: Bool

    /// Requirements count fully, nice-to-haves and other mentions less: a stack listed under "Bonus" says
    /// less about the job than one under "Requirements".
    static let sectionWeights = (required: 1.0, niceToHave: 0.5, mentioned: 0.6)
    /// Added to the score when the title names the role; small, because titles are the least reliable signal.
    static let titleBonus = 8.0

    static func rank(
        required: [Skill.ID], niceToHave: [Skill.ID], mentioned: [Skill.ID], title: String?, base: KnowledgeBase
    ) -> [RoleMatch] {
        let lists = base.requirements
        // A skill every role lists says little about which role this is.
        var listedBy: [Skill.ID: Int] = [:]
        for entry in lists {
            for skill in Set((entry.required + entry.niceToHave).map(\.skill)) { listedBy[skill, default: 0] += 1 }
        }
        func rarity(_ skill: Skill.ID) -> Double {
            log(1 + Double(lists.count) / Double(listedBy[skill] ?? lists.count))
        }
        var posting: [Skill.ID: Double] = [:]
        for (skills, factor) in [
            (mentioned, sectionWeights.mentioned), (niceToHave, sectionWeights.niceToHave),
            (required, sectionWeights.required),
        ] {
            for skill in skills { posting[skill] = factor * rarity(skill) }
        }
        let postingNorm = sqrt(posting.values.reduce(0) { $0 + $1 * $1 })
        let lowerTitle = title?.lowercased() ?? ""
        let matches = lists.map { entry -> RoleMatch in
            let roleVector = (entry.required + entry.niceToHave).map {
                ($0.skill, Double($0.weight) * rarity($0.skill))
            }
            let roleNorm = sqrt(roleVector.reduce(0) { $0 + $1.1 * $1.1 })
            let shared = roleVector.compactMap { skill, weight in posting[skill].map { (skill, weight * $0) } }
                .sorted { $0.1 > $1.1 }
            let dot = shared.reduce(0) { $0 + $1.1 }
            let similarity = postingNorm > 0 && roleNorm > 0 ? dot / (postingNorm * roleNorm) : 0
            let role = base.role(entry.role)
            let names = ([role?.title ?? ""] + (role?.aliases ?? [])).map { $0.lowercased() }.filter { !$0.isEmpty }
            let titleMatches = names.contains { lowerTitle.contains($0) }
            let score = min(100, 100 * similarity + (titleMatches ? titleBonus : 0))
            return RoleMatch(
                role: entry.role, title: base.roleTitle(entry.role), score: score,
                evidence: shared.prefix(6).map { base.skillName($0.0) }, titleMatches: titleMatches)
        }
        return matches.sorted { $0.score != $1.score ? $0.score > $1.score : $0.role < $1.role }
    }
}
