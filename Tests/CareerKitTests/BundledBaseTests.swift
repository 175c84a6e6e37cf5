import CareerKit
import Foundation
import Testing

@Suite("The bundled knowledge base")
struct BundledBaseTests {
    static let eightRoles: [Role.ID] = [
        "ml-engineer", "data-scientist", "ai-product-manager", "mlops-engineer", "ai-engineer", "prompt-engineer",
        "nlp-engineer", "computer-vision-engineer",
    ]

    @Test("Validates with no problems")
    func validates() throws {
        let issues = try KnowledgeBaseLoader.bundled().validate()
        #expect(issues.isEmpty, "\(issues.map(\.description).joined(separator: "\n"))")
    }

    @Test("Profiles exactly the eight AI roles, and names the ladder positions around them")
    func eightProfiles() throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        #expect(Set(base.profiledRoles.map(\.id)) == Set(Self.eightRoles))
        for id in ["data-analyst", "senior-ml-engineer", "ai-architect", "head-of-data-science", "director-of-ai"] {
            #expect(base.role(Role.ID(id)) != nil, "missing ladder position \(id)")
        }
    }

    @Test("Every statement of every profile cites a source that exists")
    func provenance() throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        for role in base.profiledRoles {
            let profile = try #require(role.profile)
            let statements =
                [profile.summary, profile.focus, profile.mainGoal, profile.projectFlow.example] + profile.dailyTasks
                + profile.skills + profile.math + profile.education + profile.portfolio + profile.softSkills
                + profile.successMetrics + profile.howToStart + profile.chooseIf + profile.outlook
            for statement in statements {
                #expect(!statement.sources.isEmpty)
                #expect(statement.sources.allSatisfy { base.source($0) != nil })
            }
        }
    }

    @Test("Seed 003's unreadable cell is kept as printed, with a note and no invented figure")
    func unreadableCellKept() throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        let band = try #require(
            base.salaryBands.first { $0.source == "seed-003" && $0.role == "ml-engineer" && $0.level == .mid })
        #expect(band.printed == "$125$+")
        #expect(band.low == nil && band.high == nil)
        #expect(band.note != nil)
    }

    @Test("Every figure read from a printed band appears in what was printed")
    func figuresMatchPrinted() throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US")
        for band in base.salaryBands where band.hasFigures {
            let printed = try #require(band.printed)
            for value in [band.low, band.high].compactMap({ $0 }) {
                let written = try #require(formatter.string(from: NSNumber(value: value)))
                #expect(printed.contains("$" + written), "\(printed) lacks \(value)")
            }
            #expect(band.openEnded == printed.contains("+"))
        }
    }
}
