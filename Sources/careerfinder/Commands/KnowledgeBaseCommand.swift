import ArgumentParser
import CareerKit
import Foundation

/// `careerfinder kb`: work on a knowledge-base folder.
struct KnowledgeBaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Check a knowledge-base folder.", subcommands: [Validate.self])

    /// `careerfinder kb validate [DIR]`: every problem at once, with file, line and path.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a knowledge base (the bundled one by default) and list every problem.")

        @OptionGroup var output: OutputOptions
        @Argument(help: "The knowledge-base folder; the bundled one when omitted.") var directory: String?

        func run() async throws {
            let loader =
                try directory.map { KnowledgeBaseLoader(directory: URL(fileURLWithPath: $0)) }
                ?? KnowledgeBaseLoader.bundled()
            let issues = try loader.validate()
            if output.json {
                try JSONOutput.print(issues)
            } else if issues.isEmpty {
                print("The knowledge base in \(directory ?? "the bundle") is valid.")
            } else {
                issues.forEach { print($0) }
                print("\(issues.count) problem\(issues.count == 1 ? "" : "s") found.")
            }
            if !issues.isEmpty { throw ExitCode.failure }
        }
    }
}
