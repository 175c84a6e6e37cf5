import ArgumentParser
import CareerKit

/// `careerfinder role ID`: the whole profile of one role.
struct RoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role", abstract: "Show a role's whole profile, every statement with its sources.")

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "A role id, e.g. ml-engineer (or a title such as \"MLOps Engineer\").") var id: String

    /// The profile with everything the knowledge base links to it.
    struct Document: Encodable {
        let role: Role
        let salaryBands: [SalaryBand]
        let ladders: [Ladder]
    }

    func run() async throws {
        let base = try kb.load()
        let role = try base.role(named: id)
        if output.json {
            let bands = base.salaryBands.filter { $0.role == role.id }
            return try JSONOutput.print(Document(role: role, salaryBands: bands, ladders: base.ladders(for: role.id)))
        }
        print(RoleProfileText(role: role, base: base).lines().joined(separator: "\n"))
    }
}
