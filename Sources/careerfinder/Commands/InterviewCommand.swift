import ArgumentParser
import CareerKit
import Foundation

/// `careerfinder interview ROLE`: practise interview questions, tick what each answer covered, see what to work on.
struct InterviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Practise interview questions for a role and see which areas to work on.",
        discussion: """
            Each question is shown on its own: answer it aloud or on paper, press Enter, then type the numbers \
            of the points your answer covered (e.g. "1 3"; Enter for none). The summary names your weakest areas \
            and the stage of your plan that teaches each. With --resume or --have, questions lean toward the \
            skills you lack; the same --seed gives the same questions again.
            """)

    @OptionGroup var kb: KnowledgeBaseOptions
    @Argument(help: "The role, e.g. ai-product-manager.") var role: String
    @Option(help: "entry, mid or senior.") var level: String?
    @Option(help: "How many questions (1-20).") var count = 5
    @Option(help: "A resume (.txt, .md or .pdf, or - for standard input).") var resume: String?
    @Option(help: "Skills you have, comma-separated.") var have: String?
    @Option(help: "A number that picks the questions; the same number picks the same ones.") var seed: UInt64?
    @Flag(help: "Print the picked questions as JSON instead of practising.") var json = false

    func run() async throws {
        let service = try kb.service()
        var owned = OwnedSkills(list: have)
        if let resume { owned.resume = try await service.text(of: try InputFile.document(resume)) }
        let seed = self.seed ?? UInt64.random(in: 1...999_999)
        let session = try service.interviewPractice(role: role, level: level, count: count, have: owned, seed: seed)
        if json { return try JSONOutput.print(session) }
        print("Interview practice for \(session.roleTitle): \(session.questions.count) questions (seed \(seed)).")
        if !session.gaps.isEmpty { print("Questions lean toward the skills your plan says you lack.") }
        var answers: [InterviewPractice.Answer] = []
        for (index, question) in session.questions.enumerated() {
            print(
                "\n\(index + 1) of \(session.questions.count) (\(question.level.rawValue), \(question.kind.rawValue))")
            TextLayout.wrap(question.question, width: 100).forEach { print($0) }
            print("Answer it, then press Enter to see what a strong answer covers.", terminator: " ")
            fflush(nil)
            guard readLine() != nil else { break }
            for (number, point) in question.points.enumerated() {
                TextLayout.bullet(point, width: 100, marker: "  \(number + 1). ").forEach { print($0) }
            }
            print("Which did your answer cover? Numbers, e.g. \"1 3\" (Enter for none):", terminator: " ")
            fflush(nil)
            guard let line = readLine() else { break }
            let covered = line.split { !$0.isNumber }.compactMap { Int($0) }
                .filter { (1...question.points.count).contains($0) }.map { $0 - 1 }
            answers.append(InterviewPractice.Answer(question: question.id, covered: covered))
        }
        let summary = try service.interviewSummary(role: session.role.rawValue, answers: answers, have: owned)
        print("\nYou covered \(summary.covered) of \(summary.total) points.")
        if summary.weakAreas.isEmpty {
            print("No weak area stood out.")
        } else {
            print("Work on:")
            for area in summary.weakAreas {
                var line = "\(area.name): \(area.covered) of \(area.total) points"
                if let stage = area.planStage {
                    line += "; stage \(stage) of your plan"
                } else if area.had {
                    line += "; your plan counts it as had: review it"
                }
                if let docs = area.docs { line += "; documentation: \(docs)" }
                TextLayout.bullet(line, width: 100, marker: "  - ").forEach { print($0) }
            }
            print("Make the plan with: careerfinder plan --target \(session.role)")
        }
    }
}
