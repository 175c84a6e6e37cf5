import ArgumentParser
import CareerKit
import Foundation

/// `careerfinder quiz`: take the assessment in the terminal, or score a saved answers file.
struct QuizCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiz",
        abstract: "Take the 15-minute assessment, or score a saved answers file, and rank every role.",
        discussion: """
            Interactive: answer with a number; Enter or 's' skips, 'b' goes back, 'q' or Ctrl-C stops. \
            To work offline, print a template with --template, fill it in, and score it with --answers FILE.
            """)

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Score this answers file (YAML or JSON; '-' reads standard input) instead of asking.")
    var answers: String?
    @Flag(help: "Print an answers file to fill in, with every question, and exit.") var template = false
    @Option(help: "After an interactive quiz, save the answers to this file.") var save: String?

    func run() async throws {
        let service = try kb.service()
        let questionnaire = try service.requireScorer().questionnaire
        if template { return print(AnswersTemplate(questionnaire: questionnaire).text, terminator: "") }
        let submission: AssessmentSubmission
        if let answers {
            submission = try await service.submitAssessment(answersFile: try InputFile.read(answers), save: false)
        } else {
            guard let sheet = QuizSession(questionnaire: questionnaire).run() else { return }
            if let save {
                try sheet.yaml(for: questionnaire).write(toFile: save, atomically: true, encoding: .utf8)
                print("Answers saved to \(save).")
            }
            submission = try await service.submitAssessment(sheet, save: false)
        }
        if output.json { return try JSONOutput.print(submission.result) }
        print(AssessmentText(result: submission.result, base: service.base).lines().joined(separator: "\n"))
    }
}
