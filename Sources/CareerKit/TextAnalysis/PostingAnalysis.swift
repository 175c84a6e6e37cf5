import Foundation

/// What a job posting really asks for: which role it is (with the evidence), the skills it requires and would
/// like, how senior it is, and the pay it states.
public struct PostingAnalysis: Sendable, Codable {
    /// The posting's title: its first non-empty line, or a "Title:" line.
    public let title: String?
    /// Every role, best match first, by the work the posting describes (its skills), not by its title.
    public let roles: [RoleMatch]
    /// The role the posting's title names, if it names one.
    public let titleRole: Role.ID?
    /// The title's signal and the content's, said apart: "The title says AI Engineer; the work described reads as
    /// ML Engineer."
    public let reading: String
    public let required: [FoundSkill]
    public let niceToHave: [FoundSkill]
    /// Skills named outside the requirement sections (duties, company blurb).
    public let mentioned: [FoundSkill]
    public let seniority: Seniority
    public let salary: StatedSalary?

    /// Analyses posting text against every role's requirements.
    public init(text: String, base: KnowledgeBase, extractor: SkillExtractor, evidence reader: EvidenceReader? = nil) {
        let title = Self.title(of: text)
        self.title = title
        let sections = PostingSections(text: text)
        var required: [FoundSkill] = [], nice: [FoundSkill] = [], mentioned: [FoundSkill] = []
        let named = base.foundSkills(in: text, using: extractor)
        // The title is the title's claim, shown apart: a skill named only there ("MLOps Engineer") is not asked for.
        let titleLine = Self.titleLine(of: text)
        for found in named where !found.mentions.allSatisfy({ $0.line == titleLine }) {
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
        // Work described in words, and practices a named tool implies, count toward the role too, less than a name.
        let shown = (reader ?? EvidenceReader(base: base)).read(text, named: named)
        let unnamed = shown.filter { $0.strongest != .named }.map(\.skill)
        let ranked = RoleMatch.rank(
            required: required.map(\.skill), niceToHave: nice.map(\.skill), mentioned: mentioned.map(\.skill),
            unnamed: unnamed, title: title, base: base)
        roles = ranked
        let titleRole = RoleMatch.role(namedBy: title, base: base)
        self.titleRole = titleRole
        let asked = Set(required.map(\.skill) + nice.map(\.skill) + mentioned.map(\.skill) + unnamed)
        reading = Self.reading(titleRole: titleRole, content: ranked, asked: asked, base: base)
        seniority = Seniority(title: title, text: text)
        salary = StatedSalary.first(in: text)
    }

    /// The title's claim and the content's reading in one sentence.
    static func reading(
        titleRole: Role.ID?, content: [RoleMatch], asked: Set<Skill.ID>, base: KnowledgeBase
    )
        -> String
    {
        guard let first = content.first, first.score > 0 else {
            return "The posting names too few skills to say which role the work is."
        }
        var work = "the work described reads as \(first.title)"
        // Where the sources draw a line between neighbours, say which side of it the posting's work falls on.
        if let signals = base.postingSignals.first(where: { $0.role == first.role }) {
            let found = signals.signals.filter { asked.contains($0.skill) }.prefix(4).map { base.skillName($0.skill) }
            if !found.isEmpty { work += " (it \(signals.marks): \(found.joined(separator: ", ")))" }
        }
        guard let titleRole else { return "The title names none of the roles; \(work)." }
        if titleRole == first.role { return "The title says \(base.roleTitle(titleRole)), and \(work) too." }
        return "The title says \(base.roleTitle(titleRole)); \(work)."
    }

    /// The line (from 1) that holds the title: a "Title:" line, or a short first line that reads as a title (no
    /// sentence in it); nil when neither.
    static func titleLine(of text: String) -> Int? {
        let lines = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(Substring($0)) }
        if let labelled = lines.firstIndex(where: {
            let lowered = $0.lowercased().trimmingCharacters(in: .whitespaces)
            return lowered.hasPrefix("title:") || lowered.hasPrefix("job title:")
        }) {
            return labelled + 1
        }
        guard let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        else { return nil }
        let line = lines[first].trimmingCharacters(in: .whitespacesAndNewlines)
        let readsAsTitle = line.count <= 80 && !line.contains(". ") && !line.hasSuffix(".") && !line.contains(",")
        return readsAsTitle ? first + 1 : nil
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
    /// less about the job than one under "Requirements". Skills shown only by described work or implied by a
    /// named tool count least.
    static let sectionWeights = (required: 1.0, niceToHave: 0.5, mentioned: 0.6, unnamed: 0.4)

    /// The role a title names: the longest role title or alias it contains.
    static func role(namedBy title: String?, base: KnowledgeBase) -> Role.ID? {
        let lowered = " " + (title ?? "").lowercased() + " "
        var best: (Role.ID, Int)?
        for role in base.profiledRoles {
            for name in [role.title] + role.aliases where !name.isEmpty {
                let wanted = name.lowercased()
                guard lowered.contains(wanted), wanted.count > (best?.1 ?? 0) else { continue }
                best = (role.id, wanted.count)
            }
        }
        return best?.0
    }

    static func rank(
        required: [Skill.ID], niceToHave: [Skill.ID], mentioned: [Skill.ID], unnamed: [Skill.ID] = [], title: String?,
        base: KnowledgeBase
    ) -> [RoleMatch] {
        let lists = base.requirements
        let signals = Dictionary(
            base.postingSignals.map { ($0.role, $0.signals) }, uniquingKeysWith: { first, second in first + second })
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
            (unnamed, sectionWeights.unnamed), (mentioned, sectionWeights.mentioned),
            (niceToHave, sectionWeights.niceToHave), (required, sectionWeights.required),
        ] {
            for skill in skills { posting[skill] = factor * rarity(skill) }
        }
        let postingNorm = sqrt(posting.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value * $1.value })
        let titleRole = role(namedBy: title, base: base)
        let matches = lists.map { entry -> RoleMatch in
            // The role's requirements, with the skills that mark its postings apart (editorial) where heavier.
            // Kept in file order, so sums (and so scores) come out the same on every run.
            var weights: [Skill.ID: Int] = [:]
            var order: [Skill.ID] = []
            for item in entry.required + entry.niceToHave + (signals[entry.role] ?? []) {
                if weights[item.skill] == nil { order.append(item.skill) }
                weights[item.skill] = max(weights[item.skill] ?? 0, item.weight)
            }
            let roleVector = order.map { skill in (skill, Double(weights[skill] ?? 0) * rarity(skill)) }
            let roleNorm = sqrt(roleVector.reduce(0) { $0 + $1.1 * $1.1 })
            let shared = roleVector.compactMap { skill, weight in posting[skill].map { (skill, weight * $0) } }
                .sorted { $0.1 > $1.1 }
            let dot = shared.reduce(0) { $0 + $1.1 }
            let similarity = postingNorm > 0 && roleNorm > 0 ? dot / (postingNorm * roleNorm) : 0
            // The score is the content's alone; the title is shown apart (`titleMatches`, `reading`).
            return RoleMatch(
                role: entry.role, title: base.roleTitle(entry.role), score: min(100, 100 * similarity),
                evidence: shared.prefix(6).map { base.skillName($0.0) }, titleMatches: titleRole == entry.role)
        }
        return matches.sorted { $0.score != $1.score ? $0.score > $1.score : $0.role < $1.role }
    }
}
