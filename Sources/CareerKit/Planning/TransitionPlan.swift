/// Routes from one role to another through the career graph, cheapest first, each step with what to learn.
public struct TransitionPlan: Sendable, Codable {
    public let from: Role.ID
    public let fromTitle: String
    public let to: Role.ID
    public let toTitle: String
    /// Skills the person said they have; steps never ask them to learn these.
    public let have: [Skill.ID]
    /// The cheapest route first, then the alternatives in order of cost.
    public let routes: [Route]

    /// One way from the start to the target.
    public struct Route: Sendable, Codable {
        /// Skill points plus seniority points of every step; lower is an easier route.
        public let cost: Int
        public let steps: [Step]

        /// Every skill the route asks the person to learn, once each.
        public var skillsToLearn: [Skill.ID] {
            var seen = Set<Skill.ID>()
            return steps.flatMap { $0.learn.map(\.skill) }.filter { seen.insert($0).inserted }
        }
    }

    /// One move on a route.
    public struct Step: Sendable, Codable {
        public let from: Role.ID
        public let fromTitle: String
        public let to: Role.ID
        public let toTitle: String
        /// "ladder" for a step up or along a source's career ladder, "move" for a cross-track move.
        public let kind: Kind
        public let sources: [Source.ID]
        /// What the move rests on, in the knowledge base's words.
        public let note: String?
        /// Positive when the destination is more senior.
        public let levelChange: Int
        public let cost: Int
        /// Skills the destination needs that neither the starting role nor the person has, heaviest first.
        public let learn: [SkillToLearn]
        /// Skills the destination needs beyond the starting role that the person already has.
        public let alreadyHave: [Skill.ID]
        /// A portfolio project that shows the new skills, from the destination's profile.
        public let project: Statement?
    }

    /// How a step is described.
    public enum Kind: String, Sendable, Codable {
        case ladder, move
    }

    /// A skill a step asks for, with how much it matters to the destination.
    public struct SkillToLearn: Sendable, Codable, Hashable {
        public let skill: Skill.ID
        public let name: String
        public let required: Bool
        public let weight: Int
    }
}

/// Why the planner cannot plan; roles are named by title, since the message is for people.
public enum PlanningError: Error, Sendable, Equatable, CustomStringConvertible {
    case notInGraph(title: String)
    case sameRole(title: String)
    case unreachable(from: String, to: String, reason: String)

    public var description: String {
        switch self {
        case .notInGraph(let title): "\(title) is on no career path the sources describe"
        case .sameRole(let title): "you are already at \(title); pick a different target"
        case .unreachable(let from, let to, let reason): "no route from \(from) to \(to): \(reason)"
        }
    }
}
