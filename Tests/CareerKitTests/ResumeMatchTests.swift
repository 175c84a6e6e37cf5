import CareerKit
import Foundation
import Testing

@Suite("A resume against a posting")
struct ResumeMatchTests {
    let service = CareerService(base: AssessmentFixtures.base)

    static let posting = """
        MLOps Engineer
        Requirements
        - Strong Python; Go or Java a plus
        - Kubernetes and infrastructure as code
        - Model registry and drift detection
        """

    @Test("Each asked skill is met with its evidence or missing; the score is the sum of the lines")
    func lines() async throws {
        let match = try await service.match(
            resume: .text(EvidenceTests.backendResume), posting: .text(Self.posting))
        let byID = Dictionary(uniqueKeysWithValues: match.lines.map { ($0.skill, $0) })
        #expect(byID["infrastructure-as-code"]?.evidence.first?.kind == .implied)
        #expect(byID["drift-detection"]?.evidence.first?.kind == .described)
        #expect(byID["java"]?.met == false && byID["java"]?.asked == .niceToHave)
        #expect(byID["python"]?.asked == .required)
        #expect(abs(match.score - match.lines.reduce(0) { $0 + $1.points }) < 1e-9)
        #expect(match.missing.first?.asked != .niceToHave || match.missing.allSatisfy { $0.asked != .required })
    }

    @Test("A skill only in a skills list is reported as such and earns half")
    func skillsListOnly() async throws {
        let match = try await service.match(
            resume: .text(EvidenceTests.backendResume), posting: .text(Self.posting))
        let python = try #require(match.lines.first { $0.skill == "python" })
        #expect(python.onlyInSkillsList)
        let full = try #require(match.lines.first { $0.skill == "infrastructure-as-code" })
        #expect(!full.onlyInSkillsList && abs(python.points * 2 - full.points) < 1e-9)
        // The same resume as a browser sends it, with "\r\n" line ends.
        let crlf = try await service.match(
            resume: .text(EvidenceTests.backendResume.replacingOccurrences(of: "\n", with: "\r\n")),
            posting: .text(Self.posting))
        #expect(crlf.lines.first { $0.skill == "python" }?.onlyInSkillsList == true)
    }

    @Test("Repeating a keyword earns nothing")
    func stuffing() async throws {
        let once = try await service.match(resume: .text("Experience\n- Python services"), posting: .text(Self.posting))
        let stuffed = try await service.match(
            resume: .text("Experience\n- " + String(repeating: "Python Python python ", count: 50)),
            posting: .text(Self.posting))
        #expect(once.score == stuffed.score)
    }

    @Test("An empty resume or posting is refused, naming which")
    func empty() async {
        await #expect(throws: CareerError.self) {
            try await service.match(resume: .text(" "), posting: .text(Self.posting))
        }
        let error = await #expect(throws: CareerError.self) {
            try await service.match(resume: .text("Python"), posting: .text("\n"))
        }
        #expect(error?.fields == ["posting"] && error?.message.hasPrefix("the posting") == true)
    }
}
