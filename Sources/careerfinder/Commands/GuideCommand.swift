import ArgumentParser
import CareerKit
import Foundation

/// `careerfinder guide ROLE`: how to become one, from the knowledge base, every statement and figure sourced.
struct GuideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "How to become a given role: who it suits, what to learn in order, projects, pay, ladder, interviews."
    )

    @OptionGroup var kb: KnowledgeBaseOptions
    @Argument(help: "The role, e.g. ml-engineer.") var role: String
    @Flag(help: "Print Markdown (to keep or print) instead of plain text.") var markdown = false

    func run() async throws {
        let base = try kb.load()
        let role = try base.role(named: role)
        guard let guide = RoleGuide(role: role.id, base: base) else {
            throw CLIError("\(role.title) has no full profile to make a guide from")
        }
        let text = guide.markdown(in: base)
        if markdown { return print(text, terminator: "") }
        // Plain text: the same document without Markdown's marks, headings in capitals, wrapped to the terminal.
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") {
                print(line.drop { $0 == "#" || $0 == " " }.uppercased())
            } else if line.hasPrefix("- ") {
                TextLayout.bullet(String(line.dropFirst(2)).plain, width: 100, marker: "  • ").forEach { print($0) }
            } else if line.isEmpty {
                print("")
            } else {
                TextLayout.wrap(String(line).plain, width: 100).forEach { print($0) }
            }
        }
    }
}

extension String {
    /// Without Markdown's emphasis and link brackets.
    fileprivate var plain: String {
        replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "_", with: "")
            .replacingOccurrences(of: "<http", with: "http").replacingOccurrences(of: ">", with: "")
    }
}
