import Testing

@testable import CareerKit

@Suite("Lists keyed by role")
struct RepeatedRolesTests {
    @Test("Each repeat of a role is reported at its own index; first mentions are not")
    func repeats() {
        let issues = ValidationIssue.repeatedRoles(["a", "b", "a", "c", "b", "a"], in: "occupations.yaml")
        #expect(issues.map(\.path) == ["[2].role", "[4].role", "[5].role"])
        #expect(issues.allSatisfy { $0.file == "occupations.yaml" && $0.problem.hasSuffix("is listed more than once") })
        #expect(ValidationIssue.repeatedRoles(["a", "b"], in: "x.yaml").isEmpty)
    }
}
