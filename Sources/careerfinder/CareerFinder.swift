import ArgumentParser

/// The root command: it only lists the subcommands.
@main
struct CareerFinder: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "careerfinder",
        abstract: "Compare AI careers from sourced facts: roles, salaries and ladders.",
        discussion: """
            Every statement and figure names its source. Use --json on any command for machine-readable output \
            and --kb DIR to run on your own copy of the knowledge base.
            """,
        subcommands: [
            QuizCommand.self, AnalyzeCommand.self, RolesCommand.self, RoleCommand.self, CompareCommand.self,
            SalaryCommand.self, PathCommand.self,
            SourcesCommand.self,
            KnowledgeBaseCommand.self, ServeCommand.self, ReportCommand.self, BenchCommand.self,
        ]
    )
}
