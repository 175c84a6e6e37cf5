import Foundation

/// A plan a person can follow toward one role: the skills they lack, ordered so that nothing comes before what it
/// needs, in 3 to 6 stages, each with why it matters (from the role's sources), a portfolio project, an effort
/// estimate and documentation links; with a weekly number of hours, a calendar too. Ticks mark steps done.
public struct LearningPlan: Sendable, Codable, Equatable {
    public let target: Role.ID
    public let targetTitle: String
    /// Skills counted as had: those given, and those they imply through the taxonomy.
    public let have: [Skill.ID]
    public let stages: [Stage]
    /// Hours a week the person can give, when they said.
    public let hoursPerWeek: Int?
    /// What the effort figures are: the project's own estimates, with their shared assumption.
    public let effortNote: String

    /// One stage: a few skills learnt together.
    public struct Stage: Sendable, Codable, Equatable {
        public let number: Int
        public let steps: [Step]
        /// Why these skills: the role's requirement and what its sources say about them.
        public let why: [Statement]
        /// A portfolio project that exercises the stage's skills together, from the role's sources.
        public let project: Statement?
        /// Total estimated hours of the stage's steps that have an estimate.
        public let hours: ClosedRange<Int>
        /// Weeks at the plan's hours a week, when given.
        public let weeks: ClosedRange<Int>?
    }

    /// One skill to learn.
    public struct Step: Sendable, Codable, Equatable {
        public let skill: Skill.ID
        public let name: String
        public let required: Bool
        public let weight: Int
        /// AI Career Finder's estimate, when there is one.
        public let hours: ClosedRange<Int>?
        /// What the estimate assumes, when it differs from the plan's note.
        public let basis: String?
        /// The tool's own documentation, when it has one.
        public let docs: String?
        /// Skills earlier in the plan that this one needs first.
        public let after: [Skill.ID]
        public let done: Bool
    }

    /// Every step, in order.
    public var steps: [Step] { stages.flatMap(\.steps) }
    /// Estimated hours of the whole plan.
    public var hours: ClosedRange<Int> {
        stages.reduce(0...0) { ($0.lowerBound + $1.hours.lowerBound)...($0.upperBound + $1.hours.upperBound) }
    }
    /// Weeks of the whole plan at its hours a week.
    public var weeks: ClosedRange<Int>? {
        hoursPerWeek.map { perWeek in Self.weeks(hours, perWeek: perWeek) }
    }
    /// Steps ticked done, and all steps.
    public var progress: (done: Int, total: Int) { (steps.count { $0.done }, steps.count) }

    /// The plan toward `target` for someone with `owned` skills; nil when the role lists no requirements.
    /// `done` marks steps already ticked; ticks of skills no longer in the plan are dropped.
    public init?(
        target: Role.ID, owned: Set<Skill.ID>, base: KnowledgeBase, hoursPerWeek: Int? = nil, done: Set<Skill.ID> = []
    ) {
        guard let requirements = base.requirements(for: target), let profile = base.role(target)?.profile else {
            return nil
        }
        self.target = target
        targetTitle = base.roleTitle(target)
        self.hoursPerWeek = hoursPerWeek.map { max(1, $0) }
        effortNote =
            "Hours are AI Career Finder's own estimates, not figures from the sources: "
            + base.learning.defaultBasis
        let had = Self.counted(owned, in: base)
        let listed = requirements.required.map { ($0, true) } + requirements.niceToHave.map { ($0, false) }
        have = listed.map(\.0.skill).filter(had.contains)
        let missing = listed.enumerated().filter { !had.contains($0.element.0.skill) }
        let ordered = Self.ordered(missing.map { ($0.element.0, $0.element.1, $0.offset) }, in: base)
        let inPlan = Set(ordered.map(\.0.skill))
        let steps = ordered.map { entry, required in
            let estimate = base.learning.estimate(for: entry.skill)
            return Step(
                skill: entry.skill, name: base.skillName(entry.skill), required: required, weight: entry.weight,
                hours: estimate?.hours, basis: estimate?.basis, docs: estimate?.docs,
                after: Self.prerequisites(of: entry.skill, in: base).filter(inPlan.contains).sorted { $0 < $1 },
                done: done.contains(entry.skill))
        }
        // 3 to 6 stages of near-equal size, fewer only when there are fewer skills; the order is kept, so a
        // prerequisite is never in a later stage than what needs it.
        let count = steps.isEmpty ? 0 : min(6, max(min(3, steps.count), (steps.count + 3) / 4))
        var stages: [Stage] = []
        var usedProjects: [Statement] = []
        var start = 0
        for number in 0..<count {
            let size = (steps.count - start) / (count - number)
            let chunk = Array(steps[start..<(start + size)])
            start += size
            let skills = Set(chunk.map(\.skill))
            let advice = (profile.howToStart + profile.skills + profile.dailyTasks)
                .filter { !Set($0.skills).isDisjoint(with: skills) }.prefix(2)
            let names = chunk.filter(\.required).map(\.name)
            let requirement = Statement(
                text: names.isEmpty
                    ? "Useful in the role of \(targetTitle): \(chunk.map(\.name).joined(separator: ", "))."
                    : "Required in the role of \(targetTitle): \(names.joined(separator: ", ")).",
                sources: requirements.sources, skills: chunk.map(\.skill))
            let project = Self.project(for: skills, among: profile.portfolio, avoiding: usedProjects)
            if let project { usedProjects.append(project) }
            let hours = chunk.compactMap(\.hours).reduce(0...0) {
                ($0.lowerBound + $1.lowerBound)...($0.upperBound + $1.upperBound)
            }
            stages.append(
                Stage(
                    number: number + 1, steps: chunk, why: [requirement] + advice, project: project, hours: hours,
                    weeks: self.hoursPerWeek.map { Self.weeks(hours, perWeek: $0) }))
        }
        self.stages = stages
    }

    /// Weeks for a range of hours at so many hours a week, rounded up.
    static func weeks(_ hours: ClosedRange<Int>, perWeek: Int) -> ClosedRange<Int> {
        let perWeek = max(1, perWeek)
        return ((hours.lowerBound + perWeek - 1) / perWeek)...((hours.upperBound + perWeek - 1) / perWeek)
    }

    /// The skills a person has, and every skill those count toward (`implies`, `broader`), transitively.
    static func counted(_ owned: Set<Skill.ID>, in base: KnowledgeBase) -> Set<Skill.ID> {
        var had = owned
        var queue = Array(owned)
        while let next = queue.popLast() {
            guard let skill = base.skill(next) else { continue }
            for related in skill.implies + skill.broader where had.insert(related).inserted { queue.append(related) }
        }
        return had
    }

    /// Every skill learnt before `skill`, directly or through others.
    static func prerequisites(of skill: Skill.ID, in base: KnowledgeBase) -> Set<Skill.ID> {
        var found = Set<Skill.ID>()
        var queue = base.skill(skill)?.prerequisites ?? []
        while let next = queue.popLast() {
            guard found.insert(next).inserted else { continue }
            queue += base.skill(next)?.prerequisites ?? []
        }
        found.remove(skill)
        return found
    }

    /// The missing skills in an order where each comes after everything it needs that is also missing; among
    /// those ready, required before nice to have, heavier first, then the requirements file's order. A skill
    /// ranks as high as the most important skill that needs it, so a light prerequisite of a central skill
    /// (linear algebra for deep learning) is learnt early rather than last.
    static func ordered(
        _ missing: [(WeightedSkill, Bool, Int)], in base: KnowledgeBase
    ) -> [(WeightedSkill, Bool)] {
        let ids = Set(missing.map(\.0.skill))
        let needs = Dictionary(
            missing.map { ($0.0.skill, prerequisites(of: $0.0.skill, in: base).intersection(ids)) },
            uniquingKeysWith: { first, _ in first })
        func better(_ a: (WeightedSkill, Bool, Int), _ b: (WeightedSkill, Bool, Int)) -> Bool {
            if a.1 != b.1 { return a.1 }
            return a.0.weight != b.0.weight ? a.0.weight > b.0.weight : a.2 < b.2
        }
        // Each skill's rank: the best of its own and that of every missing skill needing it.
        var rank: [Skill.ID: (WeightedSkill, Bool, Int)] = [:]
        for entry in missing {
            let dependents = missing.filter { needs[$0.0.skill, default: []].contains(entry.0.skill) }
            rank[entry.0.skill] = ([entry] + dependents).min(by: better)!
        }
        var placed = Set<Skill.ID>()
        var remaining = missing
        var order: [(WeightedSkill, Bool)] = []
        while !remaining.isEmpty {
            let ready = remaining.indices.filter { needs[remaining[$0].0.skill, default: []].isSubset(of: placed) }
            // A cycle (which the validator refuses) would leave nothing ready: take the best anyway.
            let pool = ready.isEmpty ? Array(remaining.indices) : ready
            let best = pool.min { a, b in
                let (x, y) = (rank[remaining[a].0.skill]!, rank[remaining[b].0.skill]!)
                if x.0.skill != y.0.skill { return better(x, y) }
                return better(remaining[a], remaining[b])
            }!
            let entry = remaining.remove(at: best)
            placed.insert(entry.0.skill)
            order.append((entry.0, entry.1))
        }
        return order
    }

    /// The portfolio idea sharing most skills with the stage, preferring one not used by an earlier stage.
    static func project(
        for skills: Set<Skill.ID>, among portfolio: [Statement], avoiding used: [Statement]
    ) -> Statement? {
        let fresh = portfolio.filter { !used.contains($0) }
        let candidates = fresh.isEmpty ? portfolio : fresh
        return candidates.enumerated().max { a, b in
            let (x, y) = (skills.intersection(a.element.skills).count, skills.intersection(b.element.skills).count)
            return x != y ? x < y : a.offset > b.offset
        }?.element
    }
}
