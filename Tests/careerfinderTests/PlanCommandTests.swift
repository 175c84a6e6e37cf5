import Foundation
import Testing

@Suite("careerfinder plan")
struct PlanCommandTests {
    @Test("A skill list gives stages with hours, weeks, links and sources, skipping what the tools imply")
    func fromSkills() throws {
        let result = try CLI.run(
            "plan", "--target", "mlops-engineer", "--have", "python, terraform, eks", "--hours-per-week", "8")
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        for expected in [
            "# Plan toward MLOps Engineer", "## Stage 1:", "weeks at 8 hours a week", "own estimates",
            "Counted as had:", "Infrastructure as code", "documentation: <https://", "## Sources",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(!text.contains("**Kubernetes**"), "Kubernetes is implied by EKS")
        #expect(!text.contains("seed-0"))
    }

    @Test("--json gives the plan's stages and steps; an answers file counts skills rated 3 or 4")
    func json() throws {
        let answers = try CLI.run("quiz", "--template")
        #expect(answers.status == 0)
        let rated = answers.stdout.replacingOccurrences(of: "skill-python: skip", with: "skill-python: 4")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID()).yaml")
        try rated.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run("plan", "--target", "data-scientist", "--answers", file.path, "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let have = plan["have"] as? [String] ?? []
        #expect(have.contains("python"))
        let stages = plan["stages"] as? [[String: Any]] ?? []
        #expect((3...6).contains(stages.count))
    }

    @Test("Bad input fails with one clear line")
    func refusals() throws {
        for (arguments, message) in [
            (["--target", "data-analyst"], "has no skill profile to plan toward"),
            (["--target", "mlops-enginer"], "Did you mean 'MLOps Engineer'?"),
            (["--target", "ml-engineer", "--hours-per-week", "500"], "between 1 and 80"),
            (["--target", "ml-engineer", "--json", "--markdown"], "choose one of --json and --markdown"),
        ] {
            let result = try CLI.run(["plan"] + arguments, input: "")
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }
}
