import ArgumentParser
import CareerKit
import CareerStorePostgres
import Foundation

/// `careerfinder report validity`: how often people agree with their matches, by rank and score band.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports from what the server has stored.", subcommands: [Validity.self])

    struct Validity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How often people marked a match a good fit, by rank and by score band.")

        @OptionGroup var output: OutputOptions
        @Option(help: ArgumentHelp(DatabaseOptions.help)) var database = DatabaseOptions.defaultPath
        @Option(help: "Only feedback given on this questionnaire version.") var version: String?

        func run() async throws {
            guard PostgresURL.isPostgres(database) || FileManager.default.fileExists(atPath: database) else {
                throw CLIError("no database at \(database); start 'careerfinder serve' or pass --database")
            }
            let report = ValidityReport(
                feedback: try await DatabaseOptions.open(database).allFeedback(), questionnaireVersion: version)
            if output.json { return try JSONOutput.print(report) }
            print("Was this right for you? \(report.answers) answers\(version.map { " on version \($0)" } ?? "")")
            for (title, rows) in [("By rank", report.byRank), ("By score band", report.byScoreBand)] {
                print("\n\(title):")
                for row in rows {
                    let share = row.agreement.map { String(format: "%5.1f%% good fit", $0 * 100) } ?? "   no answers"
                    print("  " + TextLayout.pad(row.label, to: 14) + share + "  (\(row.goodFit) of \(row.answers))")
                }
            }
        }
    }
}
