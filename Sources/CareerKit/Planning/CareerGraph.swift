/// The roles and moves of the career graph with what each move costs: the skills the destination needs that the
/// starting role does not bring (3 points per weight unit when required, 1 when nice to have), plus 6 points per
/// level of seniority changed, plus 1 for the move itself. A person's own skills are free.
struct CareerGraph: Sendable {
    struct Edge: Sendable, Hashable {
        let from: Role.ID
        let to: Role.ID
        let kind: TransitionPlan.Kind
        let sources: [Source.ID]
        let note: String?
    }

    /// A skill a role asks for and how much it counts.
    struct Need: Sendable {
        let skill: Skill.ID
        let required: Bool
        let weight: Int
        var points: Int { required ? 3 * weight : weight }
    }

    static let pointsPerLevel = 6
    static let pointsPerMove = 1

    let levels: [Role.ID: Int]
    let needs: [Role.ID: [Need]]
    let knows: [Role.ID: Set<Skill.ID>]
    /// Outgoing edges of each role, ordered by destination id so ties break the same way every time.
    let edges: [Role.ID: [Edge]]

    init(base: KnowledgeBase) {
        let standings = base.careerMoves?.standings ?? []
        var levels: [Role.ID: Int] = [:]
        var needs: [Role.ID: [Need]] = [:]
        for standing in standings {
            levels[standing.role] = standing.level
            if let own = base.requirements(for: standing.role) ?? standing.skillsOf.flatMap(base.requirements(for:)) {
                needs[standing.role] =
                    own.required.map { Need(skill: $0.skill, required: true, weight: $0.weight) }
                    + own.niceToHave.map { Need(skill: $0.skill, required: false, weight: $0.weight) }
            } else {
                needs[standing.role] = standing.skills.map { Need(skill: $0, required: true, weight: 1) }
            }
        }
        self.levels = levels
        self.needs = needs
        knows = needs.mapValues { Set($0.map(\.skill)) }
        var all: [Edge] = []
        for ladder in base.ladders {
            for (lower, upper) in zip(ladder.steps, ladder.steps.dropFirst()) {
                for from in lower {
                    for to in upper where from != to {
                        all.append(Edge(from: from, to: to, kind: .ladder, sources: [ladder.source], note: ladder.note))
                    }
                }
            }
        }
        for move in base.careerMoves?.moves ?? [] {
            all.append(Edge(from: move.from, to: move.to, kind: .move, sources: move.sources, note: move.note))
        }
        var edges: [Role.ID: [Edge]] = [:]
        var seen = Set<String>()
        for edge in all where levels[edge.from] != nil && levels[edge.to] != nil {
            // A move several sources or ladders describe is one edge, kept with its first description.
            guard seen.insert("\(edge.from)>\(edge.to)").inserted else { continue }
            edges[edge.from, default: []].append(edge)
        }
        self.edges = edges.mapValues { $0.sorted { $0.to.rawValue < $1.to.rawValue } }
    }

    func contains(_ role: Role.ID) -> Bool { levels[role] != nil }

    /// The skills a move asks a person to learn (those they have are left out), heaviest first.
    func missing(_ edge: Edge, have: Set<Skill.ID>) -> [Need] {
        let brought = knows[edge.from] ?? []
        let gap = (needs[edge.to] ?? []).filter { !brought.contains($0.skill) && !have.contains($0.skill) }
        return gap.enumerated().sorted { a, b in
            a.element.points != b.element.points ? a.element.points > b.element.points : a.offset < b.offset
        }.map(\.element)
    }

    func levelChange(_ edge: Edge) -> Int { (levels[edge.to] ?? 0) - (levels[edge.from] ?? 0) }

    func cost(_ edge: Edge, have: Set<Skill.ID>) -> Int {
        missing(edge, have: have).reduce(0) { $0 + $1.points } + Self.pointsPerLevel * abs(levelChange(edge))
            + Self.pointsPerMove
    }

    /// Every role reachable from `start`.
    func reachable(from start: Role.ID) -> Set<Role.ID> {
        var seen: Set<Role.ID> = [start]
        var queue = [start]
        while let role = queue.popLast() {
            for edge in edges[role] ?? [] where seen.insert(edge.to).inserted { queue.append(edge.to) }
        }
        return seen
    }

    /// The roles with a move into `role`.
    func predecessors(of role: Role.ID) -> [Role.ID] {
        edges.values.flatMap { $0 }.filter { $0.to == role }.map(\.from).sorted { $0.rawValue < $1.rawValue }
    }
}
