import Testing

@testable import CareerKit

@Suite("Interview practice: picking and summing up")
struct InterviewPracticeTests {
    static let base = AssessmentFixtures.base

    @Test("Picks are repeatable by seed, distinct, and lean toward gaps")
    func picks() throws {
        let bank = try #require(Self.base.interviewBank(for: "mlops-engineer"))
        let a = InterviewPractice.pick(from: bank, level: nil, count: 8, gaps: [], seed: 11)
        let b = InterviewPractice.pick(from: bank, level: nil, count: 8, gaps: [], seed: 11)
        #expect(a == b && Set(a.map(\.id)).count == 8)
        #expect(InterviewPractice.pick(from: bank, level: nil, count: 8, gaps: [], seed: 12) != a)
        // Over many seeds, questions on a gap skill come up more often than their share of the bank.
        let gap: Skill.ID = "drift-detection"
        let share = Double(bank.questions.count { $0.skills.contains(gap) }) / Double(bank.questions.count)
        var hits = 0
        for seed in 1...200 {
            hits += InterviewPractice.pick(from: bank, level: nil, count: 5, gaps: [gap], seed: UInt64(seed))
                .count { $0.skills.contains(gap) }
        }
        #expect(share > 0 && Double(hits) / 1000 > 1.5 * share, "\(hits) of 1000 vs share \(share)")
    }

    @Test("The summary counts points once, ignores unknown ones, and lists the weakest skills first")
    func summary() throws {
        let bank = try #require(Self.base.interviewBank(for: "data-scientist"))
        let (q1, q2) = (bank.questions[0], bank.questions[1])
        let answers = [
            InterviewPractice.Answer(question: q1.id, covered: [0, 0, 1, 99]),
            InterviewPractice.Answer(question: q2.id, covered: Array(0..<q2.points.count)),
            InterviewPractice.Answer(question: "no-such-question", covered: [0]),
        ]
        let summary = InterviewPractice.summary(of: answers, in: bank, base: Self.base, plan: nil)
        #expect(summary.covered == 2 + q2.points.count)
        #expect(summary.total == q1.points.count + q2.points.count)
        let weakSkills = Set(summary.weakAreas.map(\.skill))
        #expect(weakSkills.isSubset(of: Set(q1.skills)))
        let ratios = summary.weakAreas.map { Double($0.covered) / Double($0.total) }
        #expect(ratios == ratios.sorted() && ratios.allSatisfy { $0 < 0.6 })
    }
}
