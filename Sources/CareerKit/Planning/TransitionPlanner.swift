/// Plans a career change: the cheapest route through the career graph (Dijkstra) and the next cheapest loopless
/// alternatives (Yen's method), each step priced by the skills it asks for beyond what the person has.
public struct TransitionPlanner: Sendable {
    private let base: KnowledgeBase
    let graph: CareerGraph

    /// A planner over the knowledge base's career graph.
    public init(base: KnowledgeBase) {
        self.base = base
        graph = CareerGraph(base: base)
    }

    /// The cheapest route from one role to another and up to `alternatives` more, skipping skills in `have`.
    public func plan(
        from: Role.ID, to: Role.ID, have: Set<Skill.ID> = [], alternatives: Int = 2
    ) throws(PlanningError) -> TransitionPlan {
        for role in [from, to] where !graph.contains(role) { throw .notInGraph(title: base.roleTitle(role)) }
        guard from != to else { throw .sameRole(title: base.roleTitle(from)) }
        let paths = cheapestPaths(from: from, to: to, have: have, count: 1 + max(0, alternatives))
        guard !paths.isEmpty else {
            throw .unreachable(from: base.roleTitle(from), to: base.roleTitle(to), reason: whyUnreachable(from, to))
        }
        return TransitionPlan(
            from: from, fromTitle: base.roleTitle(from), to: to, toTitle: base.roleTitle(to),
            have: have.sorted { $0.rawValue < $1.rawValue },
            routes: paths.map { route(of: $0, have: have) })
    }

    /// A path as the edges it takes, with its total cost.
    struct Path: Equatable {
        var edges: [CareerGraph.Edge]
        var cost: Int
        var roles: [Role.ID] { (edges.first.map { [$0.from] } ?? []) + edges.map(\.to) }
    }

    /// Yen's k shortest loopless paths over the graph.
    func cheapestPaths(from: Role.ID, to: Role.ID, have: Set<Skill.ID>, count: Int) -> [Path] {
        guard let first = shortest(from: from, to: to, have: have, without: [], avoiding: []) else { return [] }
        var found = [first]
        var candidates: [Path] = []
        while found.count < count {
            let previous = found[found.count - 1]
            for index in previous.edges.indices {
                let root = Array(previous.edges[..<index])
                let spur = previous.roles[index]
                var removed = Set<CareerGraph.Edge>()
                for path in found where path.edges.count > index && Array(path.edges[..<index]) == root {
                    removed.insert(path.edges[index])
                }
                let avoiding = Set(previous.roles[..<index])
                guard let tail = shortest(from: spur, to: to, have: have, without: removed, avoiding: avoiding)
                else { continue }
                let rootCost = root.reduce(0) { $0 + graph.cost($1, have: have) }
                let path = Path(edges: root + tail.edges, cost: rootCost + tail.cost)
                if !found.contains(path), !candidates.contains(path) { candidates.append(path) }
            }
            guard let best = candidates.indices.min(by: { Self.before(candidates[$0], candidates[$1]) }) else { break }
            found.append(candidates.remove(at: best))
        }
        return found
    }

    /// Cheaper first; among equal costs, fewer steps, then by the roles' ids, so results never depend on chance.
    private static func before(_ a: Path, _ b: Path) -> Bool {
        if a.cost != b.cost { return a.cost < b.cost }
        if a.edges.count != b.edges.count { return a.edges.count < b.edges.count }
        return a.roles.map(\.rawValue).lexicographicallyPrecedes(b.roles.map(\.rawValue))
    }

    /// Dijkstra's shortest path, leaving out some edges and some roles (Yen's spur searches need both).
    private func shortest(
        from: Role.ID, to: Role.ID, have: Set<Skill.ID>, without removed: Set<CareerGraph.Edge>,
        avoiding: Set<Role.ID>
    ) -> Path? {
        var best: [Role.ID: Path] = [from: Path(edges: [], cost: 0)]
        var done = Set<Role.ID>()
        while let current = best.filter({ !done.contains($0.key) }).min(by: { a, b in
            a.value.cost != b.value.cost ? a.value.cost < b.value.cost : a.key.rawValue < b.key.rawValue
        }) {
            if current.key == to { return current.value }
            done.insert(current.key)
            for edge in graph.edges[current.key] ?? []
            where !removed.contains(edge) && !avoiding.contains(edge.to) && !done.contains(edge.to) {
                let candidate = Path(
                    edges: current.value.edges + [edge], cost: current.value.cost + graph.cost(edge, have: have))
                if let known = best[edge.to], !Self.before(candidate, known) { continue }
                best[edge.to] = candidate
            }
        }
        return nil
    }

    private func route(of path: Path, have: Set<Skill.ID>) -> TransitionPlan.Route {
        let steps = path.edges.map { edge -> TransitionPlan.Step in
            let learn = graph.missing(edge, have: have)
            let brought = graph.knows[edge.from] ?? []
            let owned = (graph.needs[edge.to] ?? []).map(\.skill).filter { !brought.contains($0) && have.contains($0) }
            return TransitionPlan.Step(
                from: edge.from, fromTitle: base.roleTitle(edge.from), to: edge.to, toTitle: base.roleTitle(edge.to),
                kind: edge.kind, sources: edge.sources, note: edge.note, levelChange: graph.levelChange(edge),
                cost: graph.cost(edge, have: have),
                learn: learn.map {
                    TransitionPlan.SkillToLearn(
                        skill: $0.skill, name: base.skillName($0.skill), required: $0.required, weight: $0.weight)
                },
                alreadyHave: owned, project: project(for: edge.to, teaching: learn.map(\.skill)))
        }
        return TransitionPlan.Route(cost: path.cost, steps: steps)
    }

    /// The destination's (or its track's) portfolio idea that shows the most of the new skills.
    private func project(for role: Role.ID, teaching skills: [Skill.ID]) -> Statement? {
        let track = base.careerMoves?.standing(of: role)?.skillsOf ?? role
        guard let portfolio = (base.role(role)?.profile ?? base.role(track)?.profile)?.portfolio else { return nil }
        let wanted = Set(skills)
        let scored = portfolio.enumerated().map {
            ($0.element, $0.offset, wanted.intersection($0.element.skills).count)
        }
        return scored.max { a, b in a.2 != b.2 ? a.2 < b.2 : a.1 > b.1 }?.0
    }

    private func whyUnreachable(_ from: Role.ID, _ to: Role.ID) -> String {
        let entries = graph.predecessors(of: to)
        guard !entries.isEmpty else {
            return "no source describes a move into \(base.roleTitle(to)), and it is the first step of its ladders"
        }
        let reachable = graph.reachable(from: from).subtracting([from])
        let names = entries.map { base.roleTitle($0) }.joined(separator: ", ")
        guard !reachable.isEmpty else {
            return
                "no source describes a move out of \(base.roleTitle(from)); \(base.roleTitle(to)) is entered from \(names)"
        }
        return
            "from \(base.roleTitle(from)) the sources lead only to \(reachable.count == 1 ? "1 role" : "\(reachable.count) roles"), and \(base.roleTitle(to)) is entered only from \(names), none of which is among them"
    }
}
