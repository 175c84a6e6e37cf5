import Foundation
import Testing

@Suite("careerfinder analyze")
struct AnalyzeCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func temporaryFile(_ contents: Data, suffix: String = ".txt") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-\(UUID().uuidString)\(suffix)")
        try contents.write(to: url)
        return url
    }

    @Test("A posting prints its role, its skills by section, seniority and salary")
    func job() throws {
        let posting = """
            Senior MLOps Engineer
            Requirements:
            - Docker, Kubernetes, Terraform and CI/CD pipelines
            - Model monitoring and drift detection in production
            Nice to have: MLflow
            Salary: $170,000 - $200,000
            """
        let file = try Self.temporaryFile(Data(posting.utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run("analyze", "job", file.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("This posting is most like: MLOps Engineer"))
        #expect(result.stdout.contains("REQUIRED SKILLS") && result.stdout.contains("Kubernetes"))
        #expect(result.stdout.contains("NICE TO HAVE") && result.stdout.contains("MLflow"))
        #expect(result.stdout.contains("SENIORITY: senior"))
        #expect(result.stdout.contains("$170,000 - $200,000"))
    }

    @Test("A resume from standard input gets coverage and, with --target, a plan, in JSON")
    func resumeJSON() throws {
        let result = try CLI.run(
            ["analyze", "resume", "-", "--target", "data-scientist", "--json"],
            input: "Analyst with SQL, Excel and Tableau; some Python.")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let skills = try #require(json["skills"] as? [[String: Any]]).compactMap { $0["skill"] as? String }
        #expect(skills.contains("sql") && skills.contains("tableau") && skills.contains("python"))
        #expect((json["coverage"] as? [Any])?.count == 8)
        let plan = try #require(json["plan"] as? [String: Any])
        #expect(plan["target"] as? String == "data-scientist")
        #expect((plan["steps"] as? [Any])?.isEmpty == false)
    }

    @Test("analyze match reads a resume against a posting: evidence per asked skill, missing ones, a score of parts")
    func match() throws {
        let resume = try Self.temporaryFile(
            Data(
                """
                Experience
                - Wrote Terraform modules and ran models on KServe.
                - The team retrains the model weekly and monitors drift.
                Skills: Python, Go
                """.utf8))
        let posting = try Self.temporaryFile(
            Data(
                "MLOps Engineer\nRequirements\n- Strong Python; Java a plus\n- Infrastructure as code, drift detection\n"
                    .utf8))
        defer {
            try? FileManager.default.removeItem(at: resume)
            try? FileManager.default.removeItem(at: posting)
        }
        let text = try CLI.run("analyze", "match", resume.path, posting.path)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("MATCH: "))
        #expect(text.stdout.contains("implied by Terraform"))
        #expect(text.stdout.contains("only in your skills list"))
        #expect(text.stdout.contains("MISSING, MOST IMPORTANT FIRST") && text.stdout.contains("Java"))
        let json = try CLI.run("analyze", "match", resume.path, posting.path, "--json")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let lines = try #require(body["lines"] as? [[String: Any]])
        let total = lines.compactMap { $0["points"] as? Double }.reduce(0, +)
        #expect(abs(total - (body["score"] as? Double ?? -1)) < 1e-6)
        let both = try CLI.run("analyze", "match", "-", "-")
        #expect(both.status != 0 && both.stderr.contains("only one of the resume and the posting"))
    }

    @Test("A PDF resume is read through pdftotext")
    func pdf() throws {
        let result = try CLI.run("analyze", "resume", Self.fixtures.appendingPathComponent("resume.pdf").path, "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let skills = try #require(json["skills"] as? [[String: Any]]).compactMap { $0["skill"] as? String }
        #expect(Set(skills).isSuperset(of: ["python", "pytorch", "docker", "kubernetes", "aws"]))
    }

    @Test("Empty input, binary junk, a file over 1 MB and a missing file each fail with one clear line")
    func badInput() throws {
        let empty = try Self.temporaryFile(Data("  \n".utf8))
        let junk = try Self.temporaryFile(Data([0x00, 0xFF, 0x13, 0x37, 0x00]))
        let huge = try Self.temporaryFile(Data(repeating: UInt8(ascii: "a"), count: 1_000_001))
        let fakePDF = try Self.temporaryFile(Data("%PDF-1.4 not really".utf8), suffix: ".pdf")
        defer { for file in [empty, junk, huge, fakePDF] { try? FileManager.default.removeItem(at: file) } }
        let cases: [(URL?, String)] = [
            (empty, "is empty"), (junk, "not UTF-8 text"), (huge, "over 1 MB"), (fakePDF, "not a readable PDF"),
            (nil, "file not found"),
        ]
        for (file, message) in cases {
            let result = try CLI.run("analyze", "resume", file?.path ?? "/nonexistent/resume.txt")
            #expect(result.status != 0)
            let line = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(line.contains(message), "\(line)")
            #expect(!line.contains("\n"))
        }
    }

    @Test("An unknown --target fails with a suggestion")
    func unknownTarget() throws {
        let result = try CLI.run(["analyze", "resume", "-", "--target", "data-scientst"], input: "Python")
        #expect(result.status != 0)
        #expect(result.stderr.contains("Did you mean 'Data Scientist'?"))
    }
}
