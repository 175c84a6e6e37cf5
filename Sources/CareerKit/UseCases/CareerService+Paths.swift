/// The skills a person says they have: a comma-separated list, a resume's text, or both.
public struct OwnedSkills: Sendable {
    public var list: String?
    public var resume: String?
    /// An assessment answers file: skills rated 3 or 4 ("use it confidently", "could teach it") count as had.
    public var answers: String?

    /// Owned skills from a list, a resume and an answers file, each optional.
    public init(list: String? = nil, resume: String? = nil, answers: String? = nil) {
        self.list = list
        self.resume = resume
        self.answers = answers
    }
}

extension CareerService {
    /// The cheapest route between two roles and up to two alternatives, skipping the skills the person has.
    public func planPath(from: String, to: String, have: OwnedSkills = OwnedSkills()) throws -> TransitionPlan {
        let start = try base.role(named: from).id
        let target = try base.role(named: to).id
        return try planner.plan(from: start, to: target, have: try ownedSkills(have))
    }

    /// The skills a person has: from a list, and from a resume (what it names, describes or implies, as coverage
    /// counts them).
    public func ownedSkills(_ have: OwnedSkills) throws -> Set<Skill.ID> {
        var skills =
            try have.list.flatMap { $0.isEmpty ? nil : $0 }.map { text throws(UnknownSkillsError) in
                try SkillList.resolve(text, in: base)
            } ?? []
        if let resume = have.resume {
            let named = base.foundSkills(in: resume, using: extractor)
            skills.formUnion(evidence.read(resume, named: named).map(\.skill))
        }
        if let answers = have.answers {
            let scorer = try AnswerSheet.version(of: answers).flatMap { scorers[$0] } ?? requireScorer()
            let sheet = try AnswerSheet.parse(answers, for: scorer.questionnaire)
            skills.formUnion(scorer.questionnaire.confidentSkills(in: sheet))
        }
        return skills
    }

}
