import CareerKit
import Testing

@Suite("Assessment results: skipping, flat answers, close calls, levers, gaps")
struct AssessmentBehaviourTests {
    let scorer = AssessmentFixtures.scorer
    var questionnaire: Questionnaire { scorer.questionnaire }

    /// A sheet with every rated item at `value` (clamped to its scale) and every choice at its first option.
    func uniform(_ value: Int) -> AnswerSheet {
        AnswerSheet(
            version: questionnaire.version,
            answers: questionnaire.items.map { item in
                guard let scale = item.scale else { return .choice(item.options[0].id) }
                return .value(min(max(value, scale.min), scale.max))
            })
    }

    @Test("Every rating at the top, or every rating at the bottom, is flagged instead of ranked")
    func sameExtreme() {
        for value in [0, 9] {
            let result = scorer.assess(uniform(value))
            #expect(result.ranking.isEmpty)
            #expect(result.uninformative?.contains("same extreme") == true)
        }
    }

    @Test("The same middle answer to every interest is flagged")
    func flatInterests() throws {
        var sheet = try AssessmentFixtures.persona("rafael-fraud-mle")
        for (index, item) in questionnaire.items.enumerated()
        where item.section == "interests" || item.section == "style" {
            sheet.answers[index] = .value(3)
        }
        #expect(scorer.assess(sheet).uninformative?.contains("interest") == true)
    }

    @Test("Fewer than half the items answered is flagged")
    func nearlyAllSkipped() throws {
        var sheet = try AssessmentFixtures.persona("rafael-fraud-mle")
        for index in sheet.answers.indices.dropFirst(10) { sheet.answers[index] = .skipped }
        let result = scorer.assess(sheet)
        #expect(result.ranking.isEmpty)
        #expect(result.uninformative?.contains("Only 10 of") == true)
    }

    @Test("A skipped item is listed as skipped and contributes nothing to any role")
    func skipping() throws {
        var sheet = try AssessmentFixtures.persona("rafael-fraud-mle")
        let index = try #require(questionnaire.index(of: "tune-training"))
        sheet.answers[index] = .skipped
        let result = scorer.assess(sheet)
        #expect(result.skippedItems.contains("tune-training"))
        #expect(result.ranking.allSatisfy { fit in !fit.contributions.contains { $0.item == "tune-training" } })
        #expect(result.answeredCount == questionnaire.items.count - 1)
    }

    @Test("Top two roles within the margin are reported as a close call")
    func closeCall() throws {
        let result = scorer.assess(try AssessmentFixtures.persona("ken-senior-mle-to-mlops"))
        let gap = result.ranking[0].score - result.ranking[1].score
        #expect(gap < AssessmentScorer.closeCallMargin)
        #expect(result.closeCall?.contains(result.ranking[1].title) == true)
        let clear = scorer.assess(try AssessmentFixtures.persona("dmitri-devops"))
        #expect(clear.closeCall == nil)
    }

    @Test("Applying a suggested lever changes the gap to exactly what it promised")
    func leversAreTrue() throws {
        let sheet = try AssessmentFixtures.persona("priya-analyst-to-ml")
        let result = scorer.assess(sheet)
        #expect(!result.levers.isEmpty)
        let first = result.ranking[0].role, second = result.ranking[1].role
        for lever in result.levers {
            let index = try #require(questionnaire.index(of: lever.item))
            let answer = try #require(
                questionnaire.possibleAnswers(at: index).first {
                    questionnaire.items[index].describe($0) == lever.changedAnswer
                })
            var changed = sheet
            changed.answers[index] = answer
            let scores = Dictionary(uniqueKeysWithValues: zip(scorer.roleIDs, scorer.scores(changed)))
            #expect(abs((scores[first]! - scores[second]!) - lever.gapAfter) < 1e-9)
            #expect(lever.gapAfter < lever.gapBefore)
        }
    }

    @Test("Skill levers only ever suggest a higher self-rating")
    func skillLeversRise() throws {
        let skillLevers = try AssessmentFixtures.allPersonas().flatMap { scorer.assess($0).levers }
            .filter { $0.item.rawValue.hasPrefix("skill-") }
        // The personas between them must offer skill levers, or this test checks nothing.
        #expect(!skillLevers.isEmpty, "no persona has a skill lever")
        for lever in skillLevers {
            #expect(lever.changedAnswer.prefix(1) > lever.currentAnswer.prefix(1), "\(lever.item)")
        }
    }

    @Test("Skill gaps name skills the top role weighs heavily that the person rated 0-1, with advice")
    func skillGaps() throws {
        let result = scorer.assess(try AssessmentFixtures.persona("priya-analyst-to-ml"))
        let top = result.ranking[0].role
        for gap in result.skillGaps {
            let item = try #require(questionnaire.items.first { $0.id == gap.item })
            #expect((item.weights[top] ?? 0) >= 1.5)
            #expect((gap.rating ?? 0) <= 1)
        }
        #expect(!result.nextSteps.isEmpty)
    }

    @Test("Results record the questionnaire version")
    func version() throws {
        #expect(
            scorer.assess(try AssessmentFixtures.persona("dmitri-devops")).questionnaireVersion == questionnaire.version
        )
    }
}
