/// What a resume shows: the skills it names, how much of each role's needs they cover, and for a target role
/// the ordered plan to close the gap.
public struct ResumeAnalysis: Sendable, Codable {
    /// The skills the resume names, with every place it does.
    public let skills: [FoundSkill]
    /// Every skill the resume shows, named, described or implied, with how; coverage counts all of them fully.
    public let evidence: [EvidencedSkill]
    /// Every role with requirements, best covered first.
    public let coverage: [RoleCoverage]
    /// The plan toward the target role, when one was asked for.
    public let plan: GapPlan?

    /// Analyses resume text against every role's requirements.
    public init(
        text: String, base: KnowledgeBase, extractor: SkillExtractor, evidence reader: EvidenceReader? = nil,
        target: Role.ID? = nil
    ) {
        skills = base.foundSkills(in: text, using: extractor)
        evidence = (reader ?? EvidenceReader(base: base)).read(text, named: skills)
        let have = Set(evidence.map(\.skill))
        coverage = base.requirements.map { RoleCoverage(requirements: $0, have: have, base: base) }
            .sorted {
                ($0.requiredCoverage, $0.overallCoverage, $1.role) > ($1.requiredCoverage, $1.overallCoverage, $0.role)
            }
        plan = target.flatMap { GapPlan(target: $0, have: have, base: base) }
    }
}

/// How much of one role's required and nice-to-have skills a person has, by weight.
public struct RoleCoverage: Sendable, Codable {
    public let role: Role.ID
    public let title: String
    /// Share of the required skills' weight covered, 0...1.
    public let requiredCoverage: Double
    /// Share of all listed skills' weight covered, required and nice to have together, 0...1.
    public let overallCoverage: Double
    public let matched: [Skill.ID]
    public let missingRequired: [WeightedSkill]
    public let missingNiceToHave: [WeightedSkill]

    init(requirements: RoleRequirements, have: Set<Skill.ID>, base: KnowledgeBase) {
        role = requirements.role
        title = base.roleTitle(requirements.role)
        let all = requirements.required + requirements.niceToHave
        func weight(_ list: [WeightedSkill]) -> Int { list.reduce(0) { $0 + $1.weight } }
        let coveredRequired = requirements.required.filter { have.contains($0.skill) }
        let covered = all.filter { have.contains($0.skill) }
        requiredCoverage = Double(weight(coveredRequired)) / Double(max(1, weight(requirements.required)))
        overallCoverage = Double(weight(covered)) / Double(max(1, weight(all)))
        matched = covered.map(\.skill)
        missingRequired = requirements.required.filter { !have.contains($0.skill) }
        missingNiceToHave = requirements.niceToHave.filter { !have.contains($0.skill) }
    }
}
