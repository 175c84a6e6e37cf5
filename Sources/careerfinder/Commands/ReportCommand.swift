import ArgumentParser
import CareerKit
import CareerStorePostgres
import CareerStoreSQLite
import Foundation

/// `careerfinder report validity`: how often people agree with their matches, by rank and score band.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports from what the server has stored.",
        subcommands: [Validity.self, Retention.self])

    struct Validity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How often people marked a match a good fit, by rank and by score band.")

        @OptionGroup var output: OutputOptions
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only feedback given on this questionnaire version.") var version: String?

        func run() async throws {
            let feedback = try await database.withStore(mustExist: true) { try await $0.allFeedback() }
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

    struct Retention: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How many saved results, analyses and plans are how old (by when they last changed).")

        @OptionGroup var output: OutputOptions
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let report = try await database.withStore(mustExist: true) { store in
                try await RetentionReport.read(from: store, now: Date())
            }
            if output.json { return try JSONOutput.print(report) }
            print("Saved items by age (since they last changed):")
            print("  " + TextLayout.pad("", to: 14) + "results  analyses     plans")
            for (index, band) in RetentionReport.bands.enumerated() {
                let counts = [report.results[index], report.analyses[index], report.plans[index]]
                print(
                    "  " + TextLayout.pad(band.label, to: 14)
                        + counts.map { String(repeating: " ", count: max(0, 7 - String($0).count)) + String($0) }
                        .joined(separator: "   "))
            }
        }
    }
}
