import Foundation
import Testing

@Suite("careerfinder interview")
struct InterviewCommandTests {
    @Test("Scripted answers: each question, its points, then the weak areas with their plan stages")
    func practice() throws {
        // Enter after each question, then the points covered: all of the first, none of the second or third.
        let result = try CLI.run(
            ["interview", "ai-product-manager", "--count", "3", "--seed", "7", "--have", "sql"],
            input: "\n1 2 3 4 5 6\n\n\n\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.contains("Interview practice for AI Product Manager: 3 questions (seed 7)."))
        #expect(text.contains("1 of 3") && text.contains("3 of 3"))
        #expect(text.contains("Which did your answer cover?"))
        #expect(text.contains("Work on:") && text.contains("of your plan"))
        let covered = text.components(separatedBy: "You covered ").last?.prefix { $0 != " " } ?? ""
        #expect(Int(covered) ?? 0 >= 3, "the first question's points count: \(covered)")
    }

    @Test("The same seed picks the same questions; --level leans toward that level")
    func repeatable() throws {
        let first = try CLI.run("interview", "ml-engineer", "--count", "6", "--seed", "42", "--json")
        let second = try CLI.run("interview", "ml-engineer", "--count", "6", "--seed", "42", "--json")
        #expect(first.status == 0 && first.stdout == second.stdout)
        let senior = try CLI.run(
            "interview", "ml-engineer", "--count", "10", "--seed", "3", "--level", "senior", "--json")
        let session = try #require(try JSONSerialization.jsonObject(with: Data(senior.stdout.utf8)) as? [String: Any])
        let levels = (session["questions"] as? [[String: Any]] ?? []).compactMap { $0["level"] as? String }
        #expect(levels.count == 10 && levels.count { $0 == "senior" } >= 5, "\(levels)")
    }

    @Test("Bad input fails with one clear line")
    func refusals() throws {
        for (arguments, message) in [
            (["interview", "ml-engineer", "--level", "expert"], "the level is entry, mid or senior"),
            (["interview", "ml-engineer", "--count", "50"], "ask for 1 to 20 questions"),
            (["interview", "data-analyst"], "there are no interview questions for Data Analyst"),
        ] {
            let result = try CLI.run(arguments, input: "")
            #expect(result.status != 0 && result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }
}
