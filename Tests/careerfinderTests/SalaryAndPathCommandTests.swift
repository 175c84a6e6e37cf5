import Foundation
import Testing

@Suite("salary --area and path on the command line")
struct SalaryAndPathCommandTests {
    @Test("salary --role data-scientist --area austin shows the seeds' bands beside Austin's and national percentiles")
    func salaryInAustin() throws {
        let result = try CLI.run("salary", "--role", "data-scientist", "--area", "austin")
        #expect(result.status == 0)
        let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for text in [
            "Austin-Round Rock-San Marcos, TX", "Closest official occupation: Data Scientists (15-2051)", "National",
            "$127,360", "$120,230", "[1] $95,000 – $125,000", "no equity", "BLS.gov cannot vouch",
        ] {
            #expect(flat.contains(text), "missing \(text)")
        }
        #expect(!flat.contains("seed-0") && !flat.contains("(data-scientist)"), "an id shown to people")
        let widest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 100, "widest line has \(widest) columns")
    }

    @Test("salary --area --json keeps every figure as published text with its status")
    func salaryJSON() throws {
        let pay = try #require(
            try CLI.json("salary", "--role", "ml-engineer", "--area", "TX", "--json") as? [String: Any])
        #expect((pay["area"] as? [String: Any])?["name"] as? String == "Texas")
        let first = try #require((pay["occupations"] as? [[String: Any]])?.first)
        let median = try #require(
            ((first["local"] as? [String: Any])?["annual"] as? [String: Any])?["median"] as? [String: Any])
        #expect(median["status"] as? String == "published")
        #expect(median["text"] is String)
    }

    @Test("an unknown place fails with one line and a suggestion; --area without --role is refused")
    func badPlace() throws {
        let unknown = try CLI.run("salary", "--role", "data-scientist", "--area", "Austn")
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("did you mean: Austin-Round Rock-San Marcos, TX?"))
        #expect(unknown.stderr.split(separator: "\n").count == 1)
        let noRole = try CLI.run("salary", "--area", "austin")
        #expect(noRole.status != 0 && noRole.stderr.contains("--area needs --role"))
    }

    @Test("path --from data-analyst --to ml-engineer prints the cheapest route and two alternatives with projects")
    func path() throws {
        let result = try CLI.run("path", "--from", "data-analyst", "--to", "ml-engineer")
        #expect(result.status == 0)
        for text in [
            "Cheapest route", "Alternative 1", "Alternative 2", "Learn:", "Project:",
            "[4] Data Scientist vs Machine Learning Engineer",
        ] {
            #expect(result.stdout.contains(text), "missing \(text)")
        }
        #expect(!result.stdout.contains("seed-0"), "a source id shown to people")
    }

    @Test("path --have skips the skills a person has; unknown skills and unreachable targets fail clearly")
    func pathHave() throws {
        let plain = try #require(
            try CLI.json("path", "--from", "software-engineer", "--to", "mlops-engineer", "--json") as? [String: Any])
        let have = try #require(
            try CLI.json(
                "path", "--from", "software-engineer", "--to", "mlops-engineer", "--have", "docker, k8s", "--json")
                as? [String: Any])
        let cost = { (plan: [String: Any]) in ((plan["routes"] as? [[String: Any]])?.first?["cost"] as? Int) ?? -1 }
        #expect(cost(have) < cost(plain))
        let steps = try #require((have["routes"] as? [[String: Any]])?.first?["steps"] as? [[String: Any]])
        let learned = steps.flatMap { ($0["learn"] as? [[String: Any]] ?? []).compactMap { $0["skill"] as? String } }
        #expect(!learned.contains("docker") && !learned.contains("kubernetes"))
        let unknown = try CLI.run("path", "--from", "data-analyst", "--to", "ml-engineer", "--have", "pythn")
        #expect(unknown.status != 0 && unknown.stderr.contains("'pythn' (did you mean Python?)"))
        let stuck = try CLI.run("path", "--from", "vp-of-product", "--to", "prompt-engineer")
        #expect(stuck.status != 0 && stuck.stderr.contains("no route from"))
    }

    @Test("sources carries the BLS and O*NET attribution")
    func attribution() throws {
        let result = try CLI.run("sources")
        // Lines wrap at 100 columns, so compare with the words rejoined.
        let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(
            flat.contains(
                "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025."))
        #expect(flat.contains("BLS.gov cannot vouch for the data"))
        #expect(flat.contains("Used under the CC BY 4.0 license."))
    }
}
