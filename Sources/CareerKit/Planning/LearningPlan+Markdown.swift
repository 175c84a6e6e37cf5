extension LearningPlan {
    /// "12–30 hours", or "4 weeks" when both ends are the same.
    public static func describe(_ range: ClosedRange<Int>, _ unit: String) -> String {
        range.lowerBound == range.upperBound
            ? "\(range.lowerBound) \(unit)" : "\(range.lowerBound)–\(range.upperBound) \(unit)"
    }

    /// The plan as Markdown, to keep or print: stages with their steps (ticked when done), hours, documentation
    /// links, why, a project, and the sources cited, numbered.
    public func markdown(in base: KnowledgeBase) -> String {
        var citations = SourceCitations()
        func cite(_ sources: [Source.ID]) -> String { citations.cite(sources) }
        let range = Self.describe
        var lines = ["# Plan toward \(targetTitle)", ""]
        let (done, total) = progress
        lines.append("Progress: \(done) of \(total) steps done.")
        var effort = "Effort: about \(range(hours, "hours"))"
        if let weeks, let hoursPerWeek { effort += " (\(range(weeks, "weeks")) at \(hoursPerWeek) hours a week)" }
        lines += [effort + ".", "", "_\(effortNote)_", ""]
        if !have.isEmpty {
            lines += ["Counted as had: " + have.map { base.skillName($0) }.joined(separator: ", ") + ".", ""]
        }
        for stage in stages {
            var heading = "## Stage \(stage.number): about \(range(stage.hours, "hours"))"
            if let weeks = stage.weeks { heading += ", \(range(weeks, "weeks"))" }
            lines += [heading, ""]
            for step in stage.steps {
                var line = "- [\(step.done ? "x" : " ")] **\(step.name)**"
                line += step.required ? " (required)" : " (nice to have)"
                if let hours = step.hours { line += ", \(range(hours, "hours"))" }
                if !step.after.isEmpty {
                    line += "; after " + step.after.map { base.skillName($0) }.joined(separator: ", ")
                }
                if let docs = step.docs { line += "; documentation: <\(docs)>" }
                lines.append(line)
                if let basis = step.basis { lines.append("  - Estimate assumes: \(basis)") }
            }
            lines += ["", "Why:"]
            for statement in stage.why {
                lines.append("- \(base.namingSources(in: statement.text)) \(cite(statement.sources))")
            }
            if let project = stage.project {
                lines += ["", "Project: \(base.namingSources(in: project.text)) \(cite(project.sources))"]
            }
            lines.append("")
        }
        lines += citations.section(in: base)
        return lines.joined(separator: "\n") + "\n"
    }
}
