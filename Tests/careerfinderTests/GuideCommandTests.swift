import Foundation
import Testing

@Suite("careerfinder guide")
struct GuideCommandTests {
    @Test("Every profiled role has a guide whose statements and figures all carry a numbered source")
    func everyRole() throws {
        for role in [
            "ml-engineer", "data-scientist", "mlops-engineer", "ai-product-manager", "ai-engineer", "prompt-engineer",
            "nlp-engineer", "computer-vision-engineer",
        ] {
            let result = try CLI.run("guide", role, "--markdown")
            #expect(result.status == 0, "\(role): \(result.stderr)")
            let text = result.stdout
            for heading in [
                "## Who it suits", "## What to learn, in order", "## Portfolio projects", "## Pay by level",
                "## The ladder", "## What interviews ask", "## First steps", "## Sources",
            ] {
                #expect(text.contains(heading), "\(role): \(heading)")
            }
            // Every bullet (a statement or a figure) ends with its source numbers.
            let bullets = text.split(separator: "\n").filter { $0.hasPrefix("- ") }
            let unsourced = bullets.filter { $0.range(of: #"\[[0-9, ]+\]$"#, options: .regularExpression) == nil }
            #expect(bullets.count > 10 && unsourced.isEmpty, "\(role): \(unsourced.prefix(3))")
            #expect(!text.contains("seed-0"))
        }
        let plain = try CLI.run("guide", "ml-engineer")
        #expect(plain.status == 0 && plain.stdout.contains("HOW TO BECOME A MACHINE LEARNING ENGINEER"))
        let ladderOnly = try CLI.run("guide", "data-analyst")
        #expect(ladderOnly.status != 0 && ladderOnly.stderr.contains("no full profile"))
    }
}
