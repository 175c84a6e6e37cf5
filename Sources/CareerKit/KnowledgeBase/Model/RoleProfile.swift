/// Everything the knowledge base says about a profiled role, section by section.
public struct RoleProfile: Hashable, Sendable, Codable {
    public var summary: Statement
    public var focus: Statement
    public var mainGoal: Statement
    public var dailyTasks: [Statement]
    public var tools: [ToolGroup]
    public var projectFlow: ProjectFlow
    public var skills: [Statement]
    public var math: [Statement]
    public var education: [Statement]
    public var portfolio: [Statement]
    public var softSkills: [Statement]
    public var successMetrics: [Statement]
    public var howToStart: [Statement]
    public var chooseIf: [Statement]
    /// Demand, industries and trends; may be empty.
    public var outlook: [Statement]

    /// Every source the profile cites, in first-cited order.
    public var citedSources: [Source.ID] {
        var seen: [Source.ID] = []
        let statements =
            [summary, focus, mainGoal, projectFlow.example] + dailyTasks + skills + math + education + portfolio
            + softSkills + successMetrics + howToStart + chooseIf + outlook
        let ids =
            statements.flatMap(\.sources) + projectFlow.sources + tools.flatMap { $0.items.flatMap(\.sources) }
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen
    }
}

/// Tools of one kind that a role uses, e.g. its languages or its monitoring stack.
public struct ToolGroup: Hashable, Sendable, Codable {
    /// The kinds of tool group a profile may list.
    public enum Category: String, CaseIterable, Hashable, Sendable, Codable {
        case languages, frameworks, libraries, environments, infrastructure, cloud, monitoring
        case visualisation, projectManagement = "project-management", design, analytics, llm, data
    }

    public var category: Category
    public var items: [ToolMention]
}

/// One tool in a role's tool list, with the sources that name it for that role.
public struct ToolMention: Hashable, Sendable, Codable {
    public var skill: Skill.ID
    public var note: String?
    public var sources: [Source.ID]
}

/// The usual stages of a project in a role, and one example project.
public struct ProjectFlow: Hashable, Sendable, Codable {
    public var steps: [String]
    public var sources: [Source.ID]
    public var example: Statement
}
