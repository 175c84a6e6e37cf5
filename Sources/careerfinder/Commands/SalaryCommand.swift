import ArgumentParser
import CareerKit

extension SalaryLevel: ExpressibleByArgument {}

/// `careerfinder salary`: every band with its source, disagreeing sources side by side, and with `--area` the
/// official wage percentiles for the role's closest official occupations in that place.
struct SalaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salary",
        abstract: "Show salary bands by level, each with its source; sources are never averaged.",
        discussion: """
            With --role and --area, also show official wages (BLS OEWS, May 2025) for the role's closest official \
            occupations in that state or metro area and nationally. Places match forgivingly: "austin", \
            "Austin-Round Rock", "Austin, TX", "TX", "texas" or "national".
            """)

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Only this role, e.g. ml-engineer.") var role: String?
    @Option(help: "Only this level: entry, mid or senior.") var level: SalaryLevel?
    @Option(help: "A state or metro area for official wages, e.g. austin, TX or national (needs --role).")
    var area: String?

    func validate() throws {
        if area != nil, role == nil { throw ValidationError("--area needs --role, e.g. --role data-scientist") }
    }

    func run() async throws {
        let base = try kb.load()
        let roleID = try role.map { name throws(UnknownRoleError) in try base.role(named: name).id }
        if let area, let roleID { return try showLocal(role: roleID, area: area, base: base) }
        let report = SalaryReport(base: base, role: roleID, level: level)
        if output.json { return try JSONOutput.print(report) }
        guard !report.rows.isEmpty else {
            print("No source gives a salary for \(roleID.map { base.roleTitle($0) } ?? "any role") at that level.")
            return
        }
        print(SalaryText(report: report, base: base).lines().joined(separator: "\n"))
    }

    private func showLocal(role: Role.ID, area query: String, base: KnowledgeBase) throws {
        guard !base.wages.isEmpty else { throw CLIError("this knowledge base has no official wage data (wages/)") }
        let place = try PlaceMatcher(areas: base.wages.areas).area(for: query)
        let pay = LocalPay(base: base, role: role, area: place)
        if output.json { return try JSONOutput.print(pay) }
        print(LocalPayText(pay: pay, base: base).lines().joined(separator: "\n"))
    }
}
