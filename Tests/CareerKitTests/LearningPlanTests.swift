import Foundation
import Testing

@testable import CareerKit

@Suite("Learning plans: order, stages, effort, calendar, progress")
struct LearningPlanTests {
    static let base = AssessmentFixtures.base

    /// Every step comes after every prerequisite of it that is also in the plan.
    static func respectsPrerequisites(_ plan: LearningPlan) -> [String] {
        var seen = Set<Skill.ID>()
        var problems: [String] = []
        for step in plan.steps {
            for needed in LearningPlan.prerequisites(of: step.skill, in: base)
            where plan.steps.contains(where: { $0.skill == needed }) && !seen.contains(needed) {
                problems.append("\(step.skill) before its prerequisite \(needed)")
            }
            seen.insert(step.skill)
        }
        return problems
    }

    @Test("On the bundled base no prerequisite comes after what needs it, for every role and several starts")
    func orderOnBundledBase() throws {
        let starts: [Set<Skill.ID>] = [[], ["python"], ["python", "sql", "statistics"], ["docker", "terraform"]]
        var checkedPairs = 0
        for role in Self.base.profiledRoles {
            for owned in starts {
                let plan = try #require(LearningPlan(target: role.id, owned: owned, base: Self.base))
                #expect(Self.respectsPrerequisites(plan).isEmpty, "\(role.id): \(Self.respectsPrerequisites(plan))")
                checkedPairs += plan.steps.map(\.after.count).reduce(0, +)
            }
        }
        #expect(checkedPairs > 20, "the bundled plans must contain prerequisite pairs, or this checks nothing")
    }

    @Test("Prerequisites come first and rank with what needs them; otherwise heavier required skills first")
    func orderOnFixtureGraph() {
        let base = Self.base
        // pandas (weight 3) needs python (weight 1 here): python must still come first.
        let missing: [(WeightedSkill, Bool, Int)] = [
            (WeightedSkill(skill: "pandas", weight: 3), true, 0),
            (WeightedSkill(skill: "sql", weight: 2), true, 1),
            (WeightedSkill(skill: "python", weight: 1), true, 2),
            (WeightedSkill(skill: "tableau", weight: 3), false, 3),
        ]
        let order = LearningPlan.ordered(missing, in: base).map(\.0.skill)
        #expect(LearningPlan.prerequisites(of: "pandas", in: base).contains("python"))
        #expect(order.firstIndex(of: "python")! < order.firstIndex(of: "pandas")!)
        // Python (weight 1) ranks with pandas (weight 3), which needs it, so both come before SQL (weight 2);
        // the nice-to-have comes last.
        #expect(order == ["python", "pandas", "sql", "tableau"], "\(order)")
    }

    @Test("Owned skills and what they imply are not in the plan")
    func ownedAndImpliedSkipped() throws {
        let plan = try #require(LearningPlan(target: "mlops-engineer", owned: ["terraform", "eks"], base: Self.base))
        let skills = plan.steps.map(\.skill)
        for skipped: Skill.ID in ["terraform", "infrastructure-as-code", "kubernetes", "docker"] {
            #expect(!skills.contains(skipped), "\(skipped) should count as had")
        }
        #expect(plan.have.contains("infrastructure-as-code") && plan.have.contains("kubernetes"))
    }

    @Test("Stages: 3 to 6 of near-equal size, in order, each with why (sourced) and a project")
    func stages() throws {
        for role in Self.base.profiledRoles {
            let plan = try #require(LearningPlan(target: role.id, owned: [], base: Self.base))
            #expect((3...6).contains(plan.stages.count), "\(role.id): \(plan.stages.count) stages")
            let sizes = plan.stages.map(\.steps.count)
            #expect(sizes.max()! - sizes.min()! <= 1, "\(role.id): \(sizes)")
            #expect(plan.stages.map(\.number) == Array(1...plan.stages.count))
            for stage in plan.stages {
                #expect(!stage.why.isEmpty && stage.why.allSatisfy { !$0.sources.isEmpty })
                #expect(stage.project.map { !$0.sources.isEmpty } ?? false, "\(role.id) stage \(stage.number)")
            }
        }
        // Fewer than three missing skills make fewer stages, never an empty one.
        let most = Set(Self.base.requirements(for: "data-scientist")!.required.map(\.skill))
        let small = try #require(LearningPlan(target: "data-scientist", owned: most, base: Self.base))
        #expect(small.stages.allSatisfy { !$0.steps.isEmpty })
    }

    @Test("Effort adds up from the steps' estimates, and the calendar rounds weeks up")
    func effortAndCalendar() throws {
        let plan = try #require(LearningPlan(target: "ml-engineer", owned: [], base: Self.base, hoursPerWeek: 7))
        var total = 0...0
        for stage in plan.stages {
            let low = stage.steps.compactMap(\.hours?.lowerBound).reduce(0, +)
            let high = stage.steps.compactMap(\.hours?.upperBound).reduce(0, +)
            #expect(stage.hours == low...high)
            #expect(stage.weeks == ((low + 6) / 7)...((high + 6) / 7))
            total = (total.lowerBound + low)...(total.upperBound + high)
        }
        #expect(plan.hours == total && total.lowerBound > 0)
        #expect(plan.weeks == ((total.lowerBound + 6) / 7)...((total.upperBound + 6) / 7))
        #expect(LearningPlan.weeks(10...15, perWeek: 5) == 2...3)
        #expect(LearningPlan.weeks(1...1, perWeek: 40) == 1...1)
        #expect(plan.effortNote.contains("own estimates"))
        #expect(plan.steps.allSatisfy { $0.hours != nil }, "every required or liked skill has an estimate")
    }

    @Test("Ticks are kept for skills still in the plan and dropped for others")
    func progressAcrossReplan() throws {
        let first = try #require(
            LearningPlan(target: "data-scientist", owned: [], base: Self.base, done: ["python", "sql"]))
        #expect(first.progress.done == 2)
        // A newer resume shows Python: the step leaves the plan, the SQL tick stays.
        let ticks = Set(first.steps.filter(\.done).map(\.skill))
        let again = try #require(
            LearningPlan(target: "data-scientist", owned: ["python"], base: Self.base, done: ticks))
        #expect(again.progress.done == 1)
        #expect(again.steps.first { $0.skill == "sql" }?.done == true)
        #expect(!again.steps.contains { $0.skill == "python" })
    }

    @Test("Every documentation link is https on a host of its own, never a course, video or shop")
    func documentationLinks() {
        let links = Self.base.learning.skills.compactMap(\.docs)
        #expect(links.count > 100)
        for link in links {
            let url = URL(string: link)
            #expect(url?.scheme == "https" && url?.host?.contains(".") == true, "\(link)")
            let host = url?.host ?? ""
            #expect(!LearningEstimates.refusedHosts.contains { host == $0 || host.hasSuffix("." + $0) }, "\(link)")
        }
    }
}
