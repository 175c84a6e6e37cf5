import Foundation
import Testing

@testable import CareerKit

@Suite("The result's hand-written JSON")
struct ResultJSONTests {
    /// The same document as JSONEncoder's: equal as parsed JSON, and it decodes back to a result that encodes the same.
    func check(_ result: AssessmentResult) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(result)
        let written = Data(result.jsonBytes())
        let a = try JSONSerialization.jsonObject(with: expected) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: written) as? NSDictionary
        #expect(a != nil && a == b)
        let again = try encoder.encode(try JSONDecoder().decode(AssessmentResult.self, from: written))
        if again != expected,
            let index = zip(again, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
        {
            let w = String(decoding: written, as: UTF8.self)
            Issue.record(
                "again: \(String(decoding: again[max(0, index - 60)..<min(again.count, index + 40)], as: UTF8.self)) expected: \(String(decoding: expected[max(0, index - 60)..<min(expected.count, index + 40)], as: UTF8.self)) written-len \(w.count)"
            )
        }
    }

    @Test("random answer sheets, uninformative ones and text that needs escaping")
    func matchesEncoder() throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        let scorer = try #require(AssessmentScorer(base: base))
        var generator = SplitMix64(seed: 3)
        for _ in 0..<40 { try check(scorer.assess(scorer.questionnaire.randomSheet(using: &generator))) }
        try check(scorer.assess(AnswerSheet.blank(for: scorer.questionnaire)))
        let odd = AssessmentResult(
            questionnaireVersion: "v\"1\\/\n\t\u{1}é🚀", answeredCount: 1, itemCount: 2, skippedItems: ["a/b"],
            uninformative: nil,
            ranking: [
                RoleFit(
                    role: "ml-engineer", title: "<ML>", score: 1e-7, rank: 1, baseline: 50,
                    contributions: [
                        Contribution(item: "x", section: "s", question: "q?", answer: "a\r\n", points: -0.1 + 0.2)
                    ])
            ], closeCall: "close", levers: [],
            skillGaps: [
                SkillGap(
                    item: "k", skill: "Python", rating: nil, skills: ["python"],
                    advice: [
                        Statement(text: "t", sources: ["seed-000"], skills: [], note: "n")
                    ])
            ], nextSteps: [])
        try check(odd)
    }
}
