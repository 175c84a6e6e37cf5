import Foundation
import Testing

@Suite("The careerfinder command line")
struct CommandTests {
    static let eight: Set = [
        "ml-engineer", "data-scientist", "ai-product-manager", "mlops-engineer", "ai-engineer", "prompt-engineer",
        "nlp-engineer", "computer-vision-engineer",
    ]

    @Test("roles --json lists all eight profiled role ids")
    func rolesJSON() throws {
        let roles = try #require(try CLI.json("roles", "--json") as? [[String: Any]])
        let profiled = roles.filter { $0["profiled"] as? Bool == true }.compactMap { $0["id"] as? String }
        #expect(Set(profiled) == Self.eight)
        #expect(roles.count > 8)
    }

    @Test("compare --json holds salary bands from seed 000 and seed 003 with their source ids")
    func compareJSON() throws {
        let comparison = try #require(
            try CLI.json("compare", "ml-engineer", "data-scientist", "--json") as? [String: Any])
        let roles = try #require(comparison["roles"] as? [[String: Any]])
        #expect(roles.compactMap { $0["id"] as? String } == ["ml-engineer", "data-scientist"])
        for role in roles {
            let bands = try #require(role["salaryBands"] as? [[String: Any]])
            let sources = Set(bands.compactMap { $0["source"] as? String })
            #expect(sources.isSuperset(of: ["seed-000", "seed-003"]), "\(role["id"] ?? "?"): \(sources)")
        }
        let aspects = try #require(comparison["aspects"] as? [[String: Any]])
        #expect(aspects.compactMap { $0["key"] as? String }.contains("salaries"))
    }

    @Test("compare of two roles fits a 100-column terminal and cites its sources")
    func compareText() throws {
        let result = try CLI.run("compare", "ml-engineer", "data-scientist")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let widest = lines.map(\.count).max() ?? 0
        #expect(widest <= 100, "widest line has \(widest) columns")
        #expect(result.stdout.contains("$110,000 – $140,000"))
        #expect(result.stdout.contains("$93,000 – $127,000"))
        #expect(result.stdout.contains("Sources:"))
    }

    @Test("salary for one role shows every source's band, the unreadable cell as printed, and the disagreement")
    func salaryText() throws {
        let result = try CLI.run("salary", "--role", "ml-engineer")
        #expect(result.status == 0)
        for printed in [
            "$110,000 – $140,000", "$93,000 – $127,000", "$125$+", "$180,000 – $250,000+ (including equity)",
        ] {
            #expect(result.stdout.contains(printed), "missing \(printed)")
        }
        // Sources by number, explained in the legend, never by their ids.
        #expect(result.stdout.contains("[1]") && result.stdout.contains("[4]"))
        #expect(result.stdout.contains("[4] Data Scientist vs Machine Learning Engineer"))
        #expect(!result.stdout.contains("seed-0"))
        #expect(result.stdout.contains("disagree"))
    }

    @Test("salary --level filters to that level in JSON")
    func salaryLevelJSON() throws {
        let report = try #require(try CLI.json("salary", "--level", "entry", "--json") as? [String: Any])
        let rows = try #require(report["rows"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["level"] == nil || $0["level"] as? String == "entry" })
    }

    @Test("An unknown role id fails with one readable line and a suggestion")
    func unknownRole() throws {
        let result = try CLI.run("role", "ml-enginer")
        #expect(result.status != 0)
        let message = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!message.contains("\n"), "expected one line, got: \(message)")
        #expect(message.contains("Did you mean 'Machine Learning Engineer'?"))
    }

    @Test("An invalid level fails without a crash and names the allowed values")
    func badLevel() throws {
        let result = try CLI.run("salary", "--level", "wizard")
        #expect(result.status != 0)
        #expect(result.stderr.contains("entry"))
    }

    @Test("role prints the whole profile with every section")
    func roleText() throws {
        let result = try CLI.run("role", "mlops-engineer")
        #expect(result.status == 0)
        for heading in [
            "DAILY TASKS", "TOOLS", "SAMPLE PROJECT FLOW", "TECHNICAL SKILLS", "MATHS", "EDUCATION",
            "PORTFOLIO", "SOFT SKILLS", "SUCCESS METRICS", "SALARIES BY LEVEL", "CAREER LADDER", "HOW TO START",
            "CHOOSE THIS IF YOU ENJOY",
        ] {
            #expect(result.stdout.contains(heading), "missing \(heading)")
        }
    }

    @Test("kb validate fails on a broken copy, listing each problem with its file, and --kb refuses it too")
    func validateBrokenCopy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundled = CLI.binary.deletingLastPathComponent()
            .appendingPathComponent("AICareerFinder_CareerKit.resources/KnowledgeBase")
        try FileManager.default.copyItem(at: bundled, to: folder)
        #expect(try CLI.run("kb", "validate", folder.path).status == 0)
        let skills = folder.appendingPathComponent("skills.yaml")
        try (try String(contentsOf: skills, encoding: .utf8) + "- {id: python, name: Again, category: language}\n")
            .write(to: skills, atomically: true, encoding: .utf8)
        let result = try CLI.run("kb", "validate", folder.path)
        #expect(result.status != 0)
        #expect(result.stdout.contains("skills.yaml:"))
        #expect(result.stdout.contains("duplicate skill id 'python'"))
        #expect(try CLI.run("roles", "--kb", folder.path).status != 0)
    }
}
