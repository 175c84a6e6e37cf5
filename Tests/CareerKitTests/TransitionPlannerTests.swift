import CareerKit
import Testing

/// A small graph whose costs are worked out by hand in the comments, so the planner's arithmetic is checked
/// against an independent calculation: gamma (knows python) wants to become senior-alpha.
struct PlannerFixture {
    let fixture: FixtureBase

    init() throws {
        fixture = try FixtureBase()
        try fixture.append(
            "skills.yaml",
            """
            - {id: sql, name: SQL, category: language, aliases: []}
            - {id: docker, name: Docker, category: infrastructure, aliases: []}

            """)
        try fixture.append(
            "ladder-roles.yaml",
            """
            - {id: gamma, title: Gamma Start, sources: [src-a]}
            - {id: delta, title: Delta Start, sources: [src-a]}

            """)
        try fixture.write(
            "skill-requirements.yaml",
            """
            - role: alpha
              sources: [src-a]
              required: {python: 3, statistics: 3, sql: 2}
              niceToHave: {docker: 1}
            - role: beta
              sources: [src-a]
              required: {python: 3, sql: 3}
              niceToHave: {statistics: 1}

            """)
        try fixture.write(
            "career-moves.yaml",
            """
            roles:
              alpha: {level: 2}
              beta: {level: 2}
              senior-alpha: {level: 3, skillsOf: alpha}
              gamma: {level: 2, skills: [python]}
              delta: {level: 1, skills: [python]}
            moves:
              - {from: gamma, to: alpha, sources: [src-b], note: Gamma people move to alpha.}
              - {from: gamma, to: beta, sources: [src-b], note: Gamma people move to beta.}
              - {from: beta, to: alpha, sources: [src-b], note: Beta people move to alpha.}

            """)
    }

    func base() throws -> KnowledgeBase { try KnowledgeBaseLoader(directory: fixture.directory).load() }
}

@Suite("The career-transition planner")
struct TransitionPlannerTests {
    // Costs: a missing required skill is 3 points per weight, a nice-to-have 1 per weight, a level 6, a move 1.
    // gamma->alpha: statistics 9 + sql 6 + docker 1 + move 1 = 17; alpha->senior-alpha: level 6 + 1 = 7.
    // gamma->beta: sql 9 + statistics 1 + 1 = 11; beta->senior-alpha (ladder a-beta): docker 1 + 6 + 1 = 8.
    // beta->alpha: docker 1 + 1 = 2. Routes: gamma-beta-senior 19, gamma-beta-alpha-senior 20, gamma-alpha-senior 24.
    @Test("the cheapest route comes first, then the alternatives in order of cost")
    func cheapestFirst() throws {
        let fixture = try PlannerFixture()
        defer { fixture.fixture.remove() }
        let plan = try TransitionPlanner(base: fixture.base()).plan(from: "gamma", to: "senior-alpha")
        let routes = plan.routes.map { [$0.steps[0].from] + $0.steps.map(\.to) }
        #expect(
            routes == [
                ["gamma", "beta", "senior-alpha"], ["gamma", "beta", "alpha", "senior-alpha"],
                ["gamma", "alpha", "senior-alpha"],
            ])
        #expect(plan.routes.map(\.cost) == [19, 20, 24])
        #expect(plan.routes.allSatisfy { $0.cost == $0.steps.reduce(0) { $0 + $1.cost } })
        let first = plan.routes[0].steps[0]
        #expect(first.kind == .move && first.sources == ["src-b"])
        #expect(first.learn.map(\.skill) == ["sql", "statistics"])
        #expect(plan.routes[0].steps[1].kind == .ladder && plan.routes[0].steps[1].levelChange == 1)
        #expect(first.project?.text == "A public project.")
    }

    // With statistics and sql already known: gamma->alpha 1 + 1 = 2, then 7: 9; gamma->beta 1, then 8: 9.
    @Test("skills the person has are skipped, which can change which route is cheapest")
    func skipsOwnedSkills() throws {
        let fixture = try PlannerFixture()
        defer { fixture.fixture.remove() }
        let plan = try TransitionPlanner(base: fixture.base())
            .plan(from: "gamma", to: "senior-alpha", have: ["statistics", "sql"])
        #expect(plan.routes[0].cost == 9)
        #expect(plan.routes[0].steps.map(\.to) == ["alpha", "senior-alpha"])
        let step = plan.routes[0].steps[0]
        #expect(step.learn.map(\.skill) == ["docker"])
        #expect(Set(step.alreadyHave) == ["statistics", "sql"])
        for route in plan.routes {
            #expect(!route.skillsToLearn.contains("statistics") && !route.skillsToLearn.contains("sql"))
        }
    }

    @Test("an unreachable target says why")
    func unreachable() throws {
        let fixture = try PlannerFixture()
        defer { fixture.fixture.remove() }
        let planner = try TransitionPlanner(base: fixture.base())
        let out = #expect(throws: PlanningError.self) { try planner.plan(from: "delta", to: "alpha") }
        #expect(out?.description.contains("no source describes a move out of Delta Start") == true)
        let into = #expect(throws: PlanningError.self) { try planner.plan(from: "alpha", to: "gamma") }
        #expect(into?.description.contains("no source describes a move into Gamma Start") == true)
        #expect(throws: PlanningError.sameRole(title: "Alpha Role")) { try planner.plan(from: "alpha", to: "alpha") }
    }

    @Test("on the bundled graph, data analyst to ML engineer has three distinct routes, cheapest first")
    func bundled() throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        let plan = try TransitionPlanner(base: base).plan(from: "data-analyst", to: "ml-engineer")
        #expect(plan.routes.count == 3)
        #expect(plan.routes.map(\.cost) == plan.routes.map(\.cost).sorted())
        #expect(Set(plan.routes.map { $0.steps.map(\.to) }).count == 3)
        for route in plan.routes {
            #expect(route.steps.first?.from == "data-analyst" && route.steps.last?.to == "ml-engineer")
            #expect(route.steps.allSatisfy { !$0.sources.isEmpty })
        }
        let owned = Set(plan.routes[0].skillsToLearn.prefix(3))
        let again = try TransitionPlanner(base: base).plan(from: "data-analyst", to: "ml-engineer", have: owned)
        #expect(again.routes[0].cost < plan.routes[0].cost)
        #expect(again.routes.allSatisfy { Set($0.skillsToLearn).isDisjoint(with: owned) })
    }
}
