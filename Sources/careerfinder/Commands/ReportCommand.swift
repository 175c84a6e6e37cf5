import ArgumentParser
import CareerKit
import CareerStorePostgres
import CareerStoreSQLite
import Foundation

/// `careerfinder report validity`: how often people agree with their matches, by rank and score band.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports from what the server has stored.", subcommands: [Validity.self])

    struct Validity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How often people marked a match a good fit, by rank and by score band.")

        @OptionGroup var output: OutputOptions
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only feedback given on this questionnaire version.") var version: String?

        func run() async throws {
            let feedback: [MatchFeedback]
            if database.isPostgres {
                let store = try await database.connectPostgres()
                // The pool runs only while the report reads.
                feedback = try await withThrowingTaskGroup(of: [MatchFeedback]?.self) { group in
                    group.addTask {
                        await store.run()
                        return nil
                    }
                    group.addTask { try await store.allFeedback() }
                    defer { group.cancelAll() }
                    while let next = try await group.next() {
                        if let feedback = next { return feedback }
                    }
                    return []
                }
            } else {
                guard FileManager.default.fileExists(atPath: database.location) else {
                    throw CLIError("no database at \(database.location); start 'careerfinder serve' or pass --database")
                }
                feedback = try await database.openSQLite().allFeedback()
            }
            let report = ValidityReport(feedback: feedback, questionnaireVersion: version)
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
