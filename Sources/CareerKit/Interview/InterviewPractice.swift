import Foundation

/// A practice session: questions picked for a person, then what their answers covered, summed up as the areas to
/// work on and where the person's plan teaches them.
public enum InterviewPractice {
    /// Picks `count` questions, weighted toward the chosen level (four to one) and toward the person's gaps (three
    /// to one); the same seed picks the same questions in the same order, so a session can be repeated.
    public static func pick(
        from bank: InterviewBank, level: InterviewQuestion.Level?, count: Int, gaps: Set<Skill.ID>, seed: UInt64
    ) -> [InterviewQuestion] {
        var generator = SplitMix64(seed: seed)
        // Weighted sampling without replacement: each question draws u^(1/weight); the highest draws win.
        let keyed = bank.questions.map { question -> (Double, InterviewQuestion) in
            var weight = 1.0
            if let level, question.level == level { weight *= 4 }
            if !gaps.isDisjoint(with: question.skills) { weight *= 3 }
            let u = Double(generator.next() >> 11) / Double(1 << 53)
            return (pow(max(u, .leastNonzeroMagnitude), 1 / weight), question)
        }
        return keyed.sorted { $0.0 > $1.0 }.prefix(max(0, count)).map(\.1)
    }

    /// Which points of one question a person's answer covered (by position, from 0).
    public struct Answer: Sendable, Codable, Equatable {
        public let question: String
        public let covered: [Int]

        /// An answer to a question.
        public init(question: String, covered: [Int]) {
            self.question = question
            self.covered = covered
        }
    }

    /// How a session went.
    public struct Summary: Sendable, Codable, Equatable {
        /// Points covered and points asked, over every question answered.
        public let covered: Int
        public let total: Int
        /// The skills whose points were covered least (under 60%), weakest first.
        public let weakAreas: [WeakArea]
    }

    /// One skill to work on, with where to read and the step of the person's plan that teaches it.
    public struct WeakArea: Sendable, Codable, Equatable {
        public let skill: Skill.ID
        public let name: String
        public let covered: Int
        public let total: Int
        /// The tool's own documentation, when it has one.
        public let docs: String?
        /// The stage of the person's plan with this skill, if it is a step of the plan.
        public let planStage: Int?
        /// Whether the plan counts the skill as had (so reviewing beats learning).
        public let had: Bool
    }

    /// Sums up a session's answers; `plan` (the person's plan toward the role) says where weak skills are taught.
    public static func summary(
        of answers: [Answer], in bank: InterviewBank, base: KnowledgeBase, plan: LearningPlan?
    ) -> Summary {
        var covered = 0, total = 0
        var bySkill: [Skill.ID: (covered: Int, total: Int)] = [:]
        var order: [Skill.ID] = []
        for answer in answers {
            guard let question = bank.questions.first(where: { $0.id == answer.question }) else { continue }
            let hits = Set(answer.covered).filter { $0 >= 0 && $0 < question.points.count }.count
            covered += hits
            total += question.points.count
            for skill in question.skills {
                if bySkill[skill] == nil { order.append(skill) }
                bySkill[skill, default: (0, 0)].covered += hits
                bySkill[skill, default: (0, 0)].total += question.points.count
            }
        }
        let weak = order.compactMap { skill -> WeakArea? in
            guard let tally = bySkill[skill], tally.total > 0, Double(tally.covered) < 0.6 * Double(tally.total) else {
                return nil
            }
            return WeakArea(
                skill: skill, name: base.skillName(skill), covered: tally.covered, total: tally.total,
                docs: base.learning.estimate(for: skill)?.docs,
                planStage: plan?.stages.first { $0.steps.contains { $0.skill == skill } }?.number,
                had: plan?.have.contains(skill) ?? false)
        }
        let weakest = weak.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            let (left, right) = (x.covered * y.total, y.covered * x.total)
            return left != right ? left < right : a.offset < b.offset
        }.map(\.element)
        return Summary(covered: covered, total: total, weakAreas: weakest)
    }
}
