extension RoleComparison {
    typealias Build = @Sendable (Role, RoleProfile, KnowledgeBase) -> [Entry]

    /// The aspects in reading order: what the role is about first, then what it takes, then where it leads.
    static let aspectBuilders: [(String, String, Build)] = [
        ("focus", "Focus", { _, profile, _ in entries([profile.focus]) }),
        ("mainGoal", "Main goal", { _, profile, _ in entries([profile.mainGoal]) }),
        ("dailyTasks", "Daily tasks", { _, profile, _ in entries(profile.dailyTasks) }),
        ("skills", "Skills", { _, profile, _ in entries(profile.skills) }),
        ("tools", "Tools", { _, profile, base in tools(profile, base) }),
        ("math", "Maths", { _, profile, _ in entries(profile.math) }),
        ("education", "Education", { _, profile, _ in entries(profile.education) }),
        ("salaries", "Salaries", { role, _, base in salaries(role, base) }),
        ("ladder", "Career ladder", { role, _, base in ladders(role, base) }),
        ("successMetrics", "Success metrics", { _, profile, _ in entries(profile.successMetrics) }),
        ("chooseIf", "Choose if you enjoy", { _, profile, _ in entries(profile.chooseIf) }),
    ]

    static func entries(_ statements: [Statement]) -> [Entry] {
        statements.map { Entry(text: $0.text, sources: $0.sources) }
    }

    static func tools(_ profile: RoleProfile, _ base: KnowledgeBase) -> [Entry] {
        profile.tools.map { group in
            let names = group.items.map { base.skillName($0.skill) }.joined(separator: ", ")
            var sources: [Source.ID] = []
            for id in group.items.flatMap(\.sources) where !sources.contains(id) { sources.append(id) }
            return Entry(text: "\(group.category.title): \(names)", sources: sources)
        }
    }

    static func salaries(_ role: Role, _ base: KnowledgeBase) -> [Entry] {
        base.salaryBands.filter { $0.role == role.id }
            .sorted { ($0.level ?? .entry, $0.source) < ($1.level ?? .entry, $1.source) }
            .map { Entry(text: "\($0.level?.rawValue ?? "all levels"): \($0.summary)", sources: [$0.source]) }
    }

    static func ladders(_ role: Role, _ base: KnowledgeBase) -> [Entry] {
        base.ladders(for: role.id).map { ladder in
            let steps = ladder.steps.map { step in step.map { base.roleTitle($0) }.joined(separator: " or ") }
            return Entry(text: steps.joined(separator: " → "), sources: [ladder.source])
        }
    }
}

extension ToolGroup.Category {
    /// A heading for people, e.g. "Project management".
    public var title: String {
        switch self {
        case .projectManagement: "Project management"
        case .llm: "LLM tools"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}

extension SalaryBand {
    /// The band in one short line: the printed figure (or the source's words) and what it includes.
    public var summary: String {
        var line = printed ?? text ?? ""
        if printed != nil, !hasFigures { line += " (figure unreadable as printed)" }
        return line
    }
}
