import Foundation

extension LearningEstimates {
    /// Hosts that sell or host courses and videos rather than a tool's own documentation.
    static let refusedHosts = [
        "youtube.com", "youtu.be", "udemy.com", "coursera.org", "medium.com", "www.amazon.com", "amzn.to",
        "wikipedia.org",
        "edx.org", "pluralsight.com", "linkedin.com",
    ]

    static func read(_ cursor: NodeCursor) -> LearningEstimates? {
        guard let fields = cursor.fields(["basis", "skills"]) else { return nil }
        let basis = fields.required("basis")?.fields(["default"])?.required("default")?.string()
        var seen = Set<String>()
        let skills =
            fields.required("skills")?.list { item -> SkillLearning? in
                guard let entry = item.fields(["skill", "hours", "basis", "docs"]),
                    let skillField = entry.required("skill"), let skill = skillField.reference(to: .skill)
                else { return nil }
                if !seen.insert(skill).inserted { skillField.report("'\(skill)' has two estimates") }
                guard let hours = entry.required("hours").flatMap(readHours) else { return nil }
                let docs = entry.optional("docs").flatMap(readDocs)
                return SkillLearning(
                    skill: Skill.ID(skill), hours: hours, basis: entry.optional("basis")?.string(), docs: docs)
            } ?? []
        guard let basis else { return nil }
        return LearningEstimates(defaultBasis: basis, skills: skills)
    }

    /// `[low, high]`: whole hours, 1 <= low <= high <= 400.
    private static func readHours(_ cursor: NodeCursor) -> ClosedRange<Int>? {
        guard let pair = cursor.list({ $0.int() }), pair.count == 2 else {
            cursor.report("hours must be [low, high]")
            return nil
        }
        guard pair[0] >= 1, pair[0] <= pair[1], pair[1] <= 400 else {
            cursor.report("hours must satisfy 1 <= low <= high <= 400")
            return nil
        }
        return pair[0]...pair[1]
    }

    /// An https address on the project's own site: no course, video, shop or encyclopaedia, no tracking tags.
    private static func readDocs(_ cursor: NodeCursor) -> String? {
        guard let text = cursor.string() else { return nil }
        guard let url = URL(string: text), url.scheme == "https", let host = url.host, host.contains(".") else {
            cursor.report("docs must be an https address")
            return nil
        }
        if refusedHosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) {
            cursor.report("docs must be the tool's own documentation, not \(host)")
            return nil
        }
        if let query = url.query, query.contains("utm_") || query.contains("ref=") || query.contains("aff") {
            cursor.report("docs must not carry tracking or affiliate tags")
            return nil
        }
        return text
    }
}
