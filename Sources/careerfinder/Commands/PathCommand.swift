import ArgumentParser
import CareerKit

/// `careerfinder path --from ID --to ID`: the cheapest way between two roles and two alternatives.
struct PathCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract:
            "Plan a move between roles: the cheapest route and two alternatives, with what to learn at each step.",
        discussion: """
            Routes follow the career ladders and the cross-track moves the sources describe. A step costs the \
            skills its destination needs that you do not yet have (3 points per weight when required, 1 when \
            nice to have), plus 6 points per level of seniority, plus 1. Skills you list with --have, or that \
            your resume shows with --resume, are skipped.
            """)

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Where you are now, e.g. data-analyst or software-engineer.") var from: String
    @Option(help: "Where you want to be, e.g. ml-engineer.") var to: String
    @Option(help: "Skills you already have, comma-separated, e.g. \"python, sql, docker\".") var have: String?
    @Option(help: "A resume (.txt, .md or .pdf, or - for standard input) whose skills count as yours.")
    var resume: String?

    func run() async throws {
        let service = try kb.service()
        var resumeText: String?
        if let resume { resumeText = try await service.text(of: try InputFile.document(resume)) }
        let plan = try service.planPath(from: from, to: to, have: OwnedSkills(list: have, resume: resumeText))
        if output.json { return try JSONOutput.print(plan) }
        print(PathText(plan: plan, base: service.base).lines().joined(separator: "\n"))
    }
}
