import ArgumentParser
import CareerKit
import Foundation

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
            SalaryCommand.self, PathCommand.self, PlanCommand.self, InterviewCommand.self, GuideCommand.self,
            SourcesCommand.self,
            KnowledgeBaseCommand.self, ServeCommand.self, BackupCommand.self, RestoreCommand.self, ReportCommand.self,
            BenchCommand.self,
        ]
    )

    /// Runs the chosen command; a failure prints one line and exits with the code its kind has (`ExitStatus`).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard let status = ExitStatus(error) else { exit(withError: error) }
            FileHandle.standardError.write(Data("Error: \(status.message)\n".utf8))
            Foundation.exit(status.code)
        }
    }
}
