import CareerKit
import Foundation
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

    @Test("Flat YAML (read directly) and the same answers as JSON (read by Yams) give the same sheet and errors")
    func flatAndJSONAgree() throws {
        var generator = SplitMix64(seed: 2026)
        var files: [(String, String)] = []
        for round in 0..<300 {
            var sheet = questionnaire.randomSheet(using: &generator)
            for index in sheet.answers.indices where generator.next() % 7 == 0 { sheet.answers[index] = .skipped }
            let respondent = round % 3 == 0 ? "Ana \"the analyst\" \\ from #5: data" : nil
            sheet = AnswerSheet(version: sheet.version, respondent: respondent, answers: sheet.answers)
            let yaml = sheet.yaml(for: questionnaire) + (round % 5 == 0 ? "  ghost-item: 3 # a comment\n" : "")
            var pairs: [String] = []
            for (item, answer) in zip(questionnaire.items, sheet.answers) {
                switch answer {
                case .skipped: pairs.append("\"\(item.id)\": null")
                case .value(let value): pairs.append("\"\(item.id)\": \(value)")
                case .choice(let id): pairs.append("\"\(item.id)\": \"\(id)\"")
                }
            }
            if round % 5 == 0 { pairs.append("\"ghost-item\": 3") }
            let escaped = respondent.map {
                ", \"respondent\": \""
                    + $0.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "\"", with: "\\\"") + "\""
            }
            let json =
                "{\"version\": \"\(sheet.version)\"\(escaped ?? ""), \"answers\": {\(pairs.joined(separator: ", "))}}"
            files.append((yaml, json))
        }
        for (yaml, json) in files {
            let flat = Result { () throws(AnswerSheetError) in try AnswerSheet.parse(yaml, for: questionnaire) }
            let composed = Result { () throws(AnswerSheetError) in try AnswerSheet.parse(json, for: questionnaire) }
            switch (flat, composed) {
            case (.success(let a), .success(let b)): #expect(a == b)
            case (.failure(let a), .failure(let b)): #expect(a.problems == b.problems)
            default: Issue.record("the readers disagree on:\n\(yaml)")
            }
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
