import ArgumentParser
import CareerKit

extension SalaryLevel: ExpressibleByArgument {}

/// `careerfinder salary`: every band with its source, disagreeing sources side by side.
struct SalaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salary",
        abstract: "Show salary bands by level, each with its source; sources are never averaged.")

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this role, e.g. ml-engineer.") var role: String?
    @Option(help: "Only this level: entry, mid or senior.") var level: SalaryLevel?

    func run() async throws {
        let base = try kb.load()
        let roleID = try role.map { name throws(UnknownRoleError) in try base.role(named: name).id }
        let report = SalaryReport(base: base, role: roleID, level: level)
        if output.json { return try JSONOutput.print(report) }
        guard !report.rows.isEmpty else {
            print("No source gives a salary for \(roleID.map { base.roleTitle($0) } ?? "any role") at that level.")
            return
        }
        print(SalaryText(report: report, base: base).lines().joined(separator: "\n"))
    }
}
