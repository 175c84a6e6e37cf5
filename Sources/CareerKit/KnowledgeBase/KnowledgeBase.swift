/// The validated knowledge base: sources, skills, roles, salary tables and ladders, with lookups by id.
public struct KnowledgeBase: Sendable {
    public let sources: [Source]
    public let skills: [Skill]
    /// Profiled roles first (in id order), then ladder positions (in file order).
    public let roles: [Role]
    public let salaryTables: [SalaryTable]
    public let ladders: [Ladder]
    /// The assessment, when the knowledge base has one (`assessment.yaml`).
    public let questionnaire: Questionnaire?
    /// What in a posting marks each role's work (`posting-signals.yaml`, editorial); empty when absent.
    public let postingSignals: [PostingSignals]
    /// Every earlier published questionnaire (`assessment-versions/*.yaml`), so saved answers score as they did.
    public let earlierQuestionnaires: [Questionnaire]
    /// Learning estimates and documentation links per skill, for plans (`skill-learning.yaml`).
    public let learning: LearningEstimates
    /// Interview questions per profiled role (`interview/ROLE.yaml`).
    public let interviews: [InterviewBank]

    /// The interview questions for a role, if the knowledge base has them.
    public func interviewBank(for role: Role.ID) -> InterviewBank? { interviews.first { $0.role == role } }
    /// Which skills each role requires or would like (`skill-requirements.yaml`); empty when absent.
    public let requirements: [RoleRequirements]
    /// Official wage estimates by area (`wages/`); empty when absent.
    public let wages: WageStatistics
    /// Each role's closest official occupations (`occupations.yaml`); empty when absent.
    public let occupationMappings: [OccupationMapping]
    /// The graph of roles and moves the transition planner searches (`career-moves.yaml`), when present.
    public let careerMoves: CareerMoves?

    private let sourcesByID: [Source.ID: Source]
    private let skillsByID: [Skill.ID: Skill]
    private let rolesByID: [Role.ID: Role]

    /// Builds the lookups; callers get a `KnowledgeBase` only through the loader, which validates first.
    init(
        sources: [Source], skills: [Skill], roles: [Role], salaryTables: [SalaryTable], ladders: [Ladder],
        questionnaire: Questionnaire?, requirements: [RoleRequirements] = [], wages: WageStatistics = WageStatistics(),
        occupationMappings: [OccupationMapping] = [], careerMoves: CareerMoves? = nil,
        earlierQuestionnaires: [Questionnaire] = [], postingSignals: [PostingSignals] = [],
        learning: LearningEstimates = .none, interviews: [InterviewBank] = []
    ) {
        self.learning = learning
        self.interviews = interviews
        self.postingSignals = postingSignals
        self.earlierQuestionnaires = earlierQuestionnaires
        self.wages = wages
        self.occupationMappings = occupationMappings
        self.careerMoves = careerMoves
        self.requirements = requirements
        self.questionnaire = questionnaire
        self.sources = sources
        self.skills = skills
        self.roles = roles
        self.salaryTables = salaryTables
        self.ladders = ladders
        sourcesByID = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        skillsByID = Dictionary(skills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        rolesByID = Dictionary(roles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The questionnaire published as `version`, current or earlier, if this knowledge base keeps it.
    public func questionnaire(version: String) -> Questionnaire? {
        if let questionnaire, questionnaire.version == version { return questionnaire }
        return earlierQuestionnaires.first { $0.version == version }
    }

    /// The roles with a full profile.
    public var profiledRoles: [Role] { roles.filter(\.isProfiled) }

    /// The role with this id, if any.
    public func role(_ id: Role.ID) -> Role? { rolesByID[id] }

    /// The source with this id, if any.
    public func source(_ id: Source.ID) -> Source? { sourcesByID[id] }

    /// The skill with this id, if any.
    public func skill(_ id: Skill.ID) -> Skill? { skillsByID[id] }

    /// The display name of a skill, falling back to its id.
    public func skillName(_ id: Skill.ID) -> String { skillsByID[id]?.name ?? id.rawValue }

    /// The display title of a role, falling back to its id.
    public func roleTitle(_ id: Role.ID) -> String { rolesByID[id]?.title ?? id.rawValue }

    /// What the role requires, if the knowledge base says.
    public func requirements(for role: Role.ID) -> RoleRequirements? { requirements.first { $0.role == role } }

    /// The role's closest official occupations, if mapped.
    public func occupationMapping(for role: Role.ID) -> OccupationMapping? {
        occupationMappings.first { $0.role == role }
    }

    /// Every salary band, in table order.
    public var salaryBands: [SalaryBand] { salaryTables.flatMap(\.bands) }

    /// The table a source's bands come from.
    public func salaryTable(from source: Source.ID) -> SalaryTable? { salaryTables.first { $0.source == source } }

    /// The ladders on which the role stands, its own track first.
    public func ladders(for role: Role.ID) -> [Ladder] {
        let own = ladders.filter { $0.track == role }
        return own + ladders.filter { $0.track != role && $0.contains(role) }
    }
}
