extension Role {
    static let profileKeys: Set = [
        "id", "title", "aliases", "summary", "focus", "mainGoal", "dailyTasks", "tools", "projectFlow", "skills",
        "math", "education", "portfolio", "softSkills", "successMetrics", "howToStart", "chooseIf", "outlook",
    ]

    /// Reads a role file; its id must match the file name so a reader can find it.
    static func readProfiled(_ cursor: NodeCursor, expectedID: String) -> Role? {
        guard let fields = cursor.fields(profileKeys), let idField = fields.required("id"),
            let id = idField.string()
        else { return nil }
        cursor.reader.declare(.role, id, at: idField)
        if id != expectedID { idField.report("id '\(id)' does not match the file name '\(expectedID).yaml'") }
        let title = fields.required("title")?.string()
        let profile = RoleProfile.read(fields)
        guard let title, let profile else { return nil }
        return Role(
            id: ID(id), title: title, aliases: fields.strings("aliases"), sources: profile.citedSources,
            profile: profile)
    }
}

extension RoleProfile {
    static func read(_ fields: FieldCursor) -> RoleProfile? {
        func one(_ key: String) -> Statement? { fields.required(key).flatMap(Statement.read) }
        func many(_ key: String) -> [Statement]? { fields.nonEmptyList(key, Statement.read) }
        // Read every section before giving up, so that all missing sections are reported together.
        let summary = one("summary"), focus = one("focus"), mainGoal = one("mainGoal")
        let dailyTasks = many("dailyTasks"), tools = fields.nonEmptyList("tools", ToolGroup.read)
        let projectFlow = fields.required("projectFlow").flatMap(ProjectFlow.read)
        let skills = many("skills"), math = many("math"), education = many("education")
        let portfolio = many("portfolio"), softSkills = many("softSkills"), metrics = many("successMetrics")
        let howToStart = many("howToStart"), chooseIf = many("chooseIf")
        let outlook = fields.optional("outlook")?.list(Statement.read) ?? []
        guard let summary, let focus, let mainGoal, let dailyTasks, let tools, let projectFlow, let skills, let math,
            let education, let portfolio, let softSkills, let metrics, let howToStart, let chooseIf
        else { return nil }
        return RoleProfile(
            summary: summary, focus: focus, mainGoal: mainGoal, dailyTasks: dailyTasks, tools: tools,
            projectFlow: projectFlow, skills: skills, math: math, education: education, portfolio: portfolio,
            softSkills: softSkills, successMetrics: metrics, howToStart: howToStart, chooseIf: chooseIf,
            outlook: outlook)
    }
}

extension ToolGroup {
    static func read(_ cursor: NodeCursor) -> ToolGroup? {
        guard let fields = cursor.fields(["category", "items"]) else { return nil }
        let category = fields.required("category")?.oneOf(Category.self)
        let items = fields.nonEmptyList("items") { item -> ToolMention? in
            guard let itemFields = item.fields(["skill", "note", "sources"]) else { return nil }
            let skill = itemFields.required("skill")?.reference(to: .skill)
            let sources = Statement.readSources(itemFields)
            guard let skill, let sources else { return nil }
            return ToolMention(skill: Skill.ID(skill), note: itemFields.optional("note")?.string(), sources: sources)
        }
        guard let category, let items else { return nil }
        return ToolGroup(category: category, items: items)
    }
}

extension ProjectFlow {
    static func read(_ cursor: NodeCursor) -> ProjectFlow? {
        guard let fields = cursor.fields(["steps", "sources", "example"]) else { return nil }
        let steps = fields.nonEmptyList("steps") { $0.string() }
        let sources = Statement.readSources(fields)
        let example = fields.required("example").flatMap(Statement.read)
        guard let steps, let sources, let example else { return nil }
        return ProjectFlow(steps: steps, sources: sources, example: example)
    }
}
