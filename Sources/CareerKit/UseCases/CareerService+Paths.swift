/// The skills a person says they have: a comma-separated list, a resume's text, or both.
public struct OwnedSkills: Sendable {
    public var list: String?
    public var resume: String?

    /// Owned skills from a list and a resume, either optional.
    public init(list: String? = nil, resume: String? = nil) {
        self.list = list
        self.resume = resume
    }
}

extension CareerService {
    /// The cheapest route between two roles and up to two alternatives, skipping the skills the person has.
    public func planPath(from: String, to: String, have: OwnedSkills = OwnedSkills()) throws -> TransitionPlan {
        let start = try base.role(named: from).id
        let target = try base.role(named: to).id
        var skills =
            try have.list.flatMap { $0.isEmpty ? nil : $0 }.map { text throws(UnknownSkillsError) in
                try SkillList.resolve(text, in: base)
            } ?? []
        if let resume = have.resume {
            // What a resume describes or implies counts as had, as it does for coverage.
            let named = base.foundSkills(in: resume, using: extractor)
            skills.formUnion(evidence.read(resume, named: named).map(\.skill))
        }
        return try planner.plan(from: start, to: target, have: skills)
    }
}
