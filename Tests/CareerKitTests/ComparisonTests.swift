import CareerKit
import Foundation
import Testing

@Suite("Comparing roles and reporting salaries")
struct ComparisonTests {
    let base: KnowledgeBase

    init() throws { base = try KnowledgeBaseLoader(directory: FixtureBase.bundledFixture()).load() }

    @Test("A comparison has one cell per role in every aspect, in the order asked")
    func cellsPerRole() throws {
        let comparison = try RoleComparison([try base.role(named: "beta"), try base.role(named: "alpha")], in: base)
        #expect(comparison.roles.map(\.id) == ["beta", "alpha"])
        #expect(comparison.aspects.allSatisfy { $0.cells.count == 2 })
        let keys = comparison.aspects.map(\.key)
        #expect(keys.starts(with: ["focus", "mainGoal", "dailyTasks"]))
        #expect(keys.contains("salaries") && keys.contains("ladder") && keys.contains("chooseIf"))
    }

    @Test("A comparison holds every source's salary band for each role, none merged")
    func everySourceKept() throws {
        let comparison = try RoleComparison([try base.role(named: "alpha"), try base.role(named: "beta")], in: base)
        let alpha = try #require(comparison.roles.first)
        #expect(Set(alpha.salaryBands.map(\.source)) == ["src-a", "src-b"])
        #expect(Set(alpha.salaryBands.compactMap(\.printed)) == ["$100,000 – $120,000", "$80,000 – $95,000"])
        let salaryCell = try #require(comparison.aspects.first { $0.key == "salaries" }?.cells.first)
        #expect(salaryCell.count == 2)
    }

    @Test("Comparing a role with itself, or a ladder position, is refused")
    func refusals() throws {
        let alpha = try base.role(named: "alpha")
        #expect(throws: ComparisonError.self) { try RoleComparison([alpha, alpha], in: base) }
        let senior = try base.role(named: "senior-alpha")
        #expect(throws: ComparisonError.self) { try RoleComparison([alpha, senior], in: base) }
    }

    @Test("The salary report keeps disagreeing sources side by side and flags the disagreement")
    func salaryDisagreement() {
        let report = SalaryReport(base: base, role: "alpha", level: .entry)
        #expect(report.rows.count == 1)
        let row = report.rows[0]
        #expect(row.bands.map(\.source) == ["src-a", "src-b"])
        #expect(row.sourcesDisagree)
        #expect(Set(report.contexts.map(\.source)) == ["src-a", "src-b"])
    }

    @Test("The salary report filters by level and keeps unreadable bands as printed")
    func salaryLevels() {
        let report = SalaryReport(base: base, role: "beta", level: .mid)
        #expect(report.rows.map(\.level) == [.mid])
        #expect(report.rows[0].bands[0].printed == "$9$+")
        #expect(!report.rows[0].sourcesDisagree)
    }

    @Test("An unknown role id fails with the closest ids as suggestions")
    func suggestions() {
        #expect {
            _ = try base.role(named: "alpah")
        } throws: { error in
            let error = error as? UnknownRoleError
            return error?.suggestions == ["alpha"] && error?.description.contains("Did you mean 'Alpha Role'?") == true
        }
    }

    @Test("A role is found by its title or alias in any case")
    func lookupByTitle() throws {
        #expect(try base.role(named: "ALPHA ROLE").id == "alpha")
    }
}

extension FixtureBase {
    /// The fixture base in place, for tests that only read it.
    static func bundledFixture() throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/minimal", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return url
    }
}
