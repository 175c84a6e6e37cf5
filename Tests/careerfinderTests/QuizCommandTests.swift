import Foundation
import Testing

@Suite("careerfinder quiz")
struct QuizCommandTests {
    static var personas: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CareerKitTests/Fixtures/personas")
    }

    @Test("Scoring a persona file prints the ranking with explanations")
    func scoreFile() throws {
        let result = try CLI.run("quiz", "--answers", Self.personas.appendingPathComponent("dmitri-devops.yaml").path)
        #expect(result.status == 0)
        #expect(result.stdout.contains(" 1. MLOps Engineer"))
        #expect(result.stdout.contains("WHY EACH ROLE SCORED AS IT DID"))
        #expect(result.stdout.contains("NEXT STEPS toward MLOps Engineer"))
    }

    @Test("--json gives every role with a score, rank and contributions")
    func json() throws {
        let path = Self.personas.appendingPathComponent("lena-linguist.yaml").path
        let result = try #require(try CLI.json("quiz", "--answers", path, "--json") as? [String: Any])
        let ranking = try #require(result["ranking"] as? [[String: Any]])
        #expect(ranking.count == 8)
        #expect(ranking.compactMap { $0["rank"] as? Int } == Array(1...8))
        #expect(ranking.allSatisfy { ($0["contributions"] as? [Any])?.isEmpty == false })
    }

    @Test("The template reads back as a valid answers file (all skipped, so it cannot rank)")
    func template() throws {
        let template = try CLI.run("quiz", "--template")
        #expect(template.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("template-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try template.stdout.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run("quiz", "--answers", file.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("No ranking"))
    }

    @Test("An invalid answers file fails with one line listing every offending item")
    func invalidFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try "version: \"0\"\nanswers:\n  nope: 1\n  skill-python: 7\n".write(
            to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run("quiz", "--answers", file.path)
        #expect(result.status != 0)
        let message = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!message.contains("\n"))
        #expect(message.contains("nope") && message.contains("skill-python") && message.contains("version"))
    }

    @Test("A missing answers file fails with a readable line")
    func missingFile() throws {
        let result = try CLI.run("quiz", "--answers", "/nonexistent/answers.yaml")
        #expect(result.status != 0)
        #expect(result.stderr.contains("file not found"))
    }

    @Test("The interactive quiz shows progress, goes back, skips, and ends with a ranking")
    func interactive() throws {
        // 55 items: "2" is valid on every scale and choice; go back once and skip one.
        var lines = ["4", "b", "5", "s"]
        lines += Array(repeating: "2", count: 60)
        let result = try CLI.run(["quiz"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("1/55 ["))
        #expect(result.stdout.contains("55/55 ["))
        #expect(result.stdout.contains("(current answer: 4 (Agree))"))
        #expect(result.stdout.contains("Done: 54 answered, 1 skipped."))
        #expect(result.stdout.contains(" 1. "))
    }

    @Test("Input that ends early stops the quiz cleanly without a result")
    func earlyEnd() throws {
        let result = try CLI.run(["quiz"], input: "4\n4\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Stopped at item 3 of 55"))
        #expect(!result.stdout.contains(" 1. "))
    }

    @Test("Ctrl-C stops the quiz with a message and status 130")
    func interrupt() throws {
        let result = try CLI.run(["quiz"], input: nil, interruptAfter: 1.0)
        #expect(result.status == 130)
        #expect(result.stdout.contains("Stopped (Ctrl-C)"))
    }
}
