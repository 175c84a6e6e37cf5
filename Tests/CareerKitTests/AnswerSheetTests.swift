import CareerKit
import Testing

@Suite("Reading answers files")
struct AnswerSheetTests {
    let questionnaire = AssessmentFixtures.scorer.questionnaire

    @Test("Every offending item is listed in one error: unknown ids, out-of-range values, wrong types")
    func everyProblemListed() {
        let text = """
            version: "\(questionnaire.version)"
            answers:
              tune-trainng: 4
              ship-model-service: 9
              skill-python: lots
              priority: money
              code-over-meetings: [1, 2]
            """
        #expect {
            _ = try AnswerSheet.parse(text, for: questionnaire)
        } throws: { error in
            guard let error = error as? AnswerSheetError else { return false }
            let all = error.problems.joined(separator: "\n")
            return error.problems.count == 5
                && all.contains("unknown item 'tune-trainng' (did you mean 'tune-training'?)")
                && all.contains("ship-model-service: 9 is outside 1-5")
                && all.contains("skill-python: expected a whole number from 0 to 4, got 'lots'")
                && all.contains("priority: 'money' is not one of the options")
                && all.contains("code-over-meetings: expected a single value")
        }
    }

    @Test("Answers for another questionnaire version are refused with both versions named")
    func otherVersion() {
        #expect {
            _ = try AnswerSheet.parse("version: \"1999.1\"\nanswers: {}\n", for: questionnaire)
        } throws: { error in
            "\(error)".contains("1999.1") && "\(error)".contains(questionnaire.version)
        }
    }

    @Test("Junk that is not an answers file is refused without a crash")
    func junk() {
        for text in ["", "[1, 2, 3]", "version: [", "\u{0}\u{1}binary", "answers: 5"] {
            #expect(throws: AnswerSheetError.self) { _ = try AnswerSheet.parse(text, for: questionnaire) }
        }
    }

    @Test("A sheet written out reads back identically; 'skip' and left-out items are skipped")
    func roundTrip() throws {
        var generator = SplitMix64(seed: 3)
        var sheet = questionnaire.randomSheet(using: &generator)
        sheet.answers[2] = .skipped
        let back = try AnswerSheet.parse(sheet.yaml(for: questionnaire), for: questionnaire)
        #expect(back.answers == sheet.answers)
        let partial = try AnswerSheet.parse(
            "version: \"\(questionnaire.version)\"\nanswers:\n  tune-training: 4\n", for: questionnaire)
        #expect(partial.answeredCount == 1)
    }

    @Test("JSON answers files are read too")
    func json() throws {
        let sheet = try AnswerSheet.parse(
            "{\"version\": \"\(questionnaire.version)\", \"answers\": {\"tune-training\": 5, \"priority\": \"pay\"}}",
            for: questionnaire)
        #expect(sheet.answeredCount == 2)
    }
}
