import ArgumentParser
import CareerKit

/// `careerfinder plan --target ID ...`: an ordered learning plan toward a role.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Make a learning plan toward a role: what to learn first, in stages, with effort and links.",
        discussion: """
            Start from what you have: a resume (--resume), a skill list (--have), an assessment answers file \
            (--answers: skills you rated 3 or 4 count), or the role you hold now (--from). Skills your tools imply \
            count as had. Steps come in 3 to 6 stages, each skill after what it needs. Hours are the project's \
            own estimates; with --hours-per-week the plan gives weeks too.
            """)

    @OptionGroup var kb: KnowledgeBaseOptions
    @Option(help: "The role to plan toward, e.g. mlops-engineer.") var target: String
    @Option(help: "A resume (.txt, .md or .pdf, or - for standard input).") var resume: String?
    @Option(help: "Skills you already have, comma-separated, e.g. \"python, sql\".") var have: String?
    @Option(help: "An assessment answers file (from 'quiz --template').") var answers: String?
    @Option(help: "The role you hold now, e.g. data-analyst.") var from: String?
    @Option(help: "Hours a week you can give (1-80), for a calendar.") var hoursPerWeek: Int?
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "Print Markdown, to keep or print.") var markdown = false

    func validate() throws {
        if json && markdown { throw ValidationError("choose one of --json and --markdown") }
    }

    func run() async throws {
        let service = try kb.service()
        var owned = OwnedSkills(list: have)
        if let resume { owned.resume = try await service.text(of: try InputFile.document(resume)) }
        if let answers { owned.answers = try InputFile.read(answers) }
        let plan = try service.learningPlan(target: target, have: owned, fromRole: from, hoursPerWeek: hoursPerWeek)
        if json { return try JSONOutput.print(plan) }
        print(plan.markdown(in: service.base), terminator: "")
    }
}
