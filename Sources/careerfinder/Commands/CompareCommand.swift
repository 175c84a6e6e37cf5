import ArgumentParser
import CareerKit

/// `careerfinder compare ID ID [ID...]`: roles side by side.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two or more roles side by side, aspect by aspect.",
        discussion: "Two roles fit a 100-column terminal; each further role adds 43 columns.")

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Role ids to compare, e.g. ml-engineer data-scientist.") var ids: [String] = []

    func validate() throws {
        guard ids.count >= 2 else {
            throw ValidationError("compare needs at least two role ids, e.g. ml-engineer data-scientist")
        }
    }

    func run() async throws {
        let base = try kb.load()
        let roles = try ids.map { id throws(UnknownRoleError) in try base.role(named: id) }
        let comparison = try RoleComparison(roles, in: base)
        if output.json { return try JSONOutput.print(comparison) }
        print(ComparisonText(comparison: comparison, base: base).lines().joined(separator: "\n"))
    }
}
