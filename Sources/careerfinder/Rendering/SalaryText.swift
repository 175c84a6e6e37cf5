import CareerKit

/// Salary bands grouped by role and level, each source on its own line beside the others.
struct SalaryText {
    let report: SalaryReport
    let base: KnowledgeBase
    var width = 100

    func lines() -> [String] {
        var out = ["Salary bands by level, as each source printed them (never averaged)."]
        out += bandLines(showRole: true)
        out += ["", "What each source's figures cover:"]
        for context in report.contexts {
            let levels = SalaryLevel.allCases.compactMap { level in
                context.levels[level.rawValue].map { "\(level.rawValue) = \($0)" }
            }
            var text = "\(context.source): \(context.region); \(context.currency); \(context.period)"
            if !levels.isEmpty { text += "; " + levels.joined(separator: ", ") }
            out += TextLayout.bullet(text, width: width, marker: "  • ")
            for note in context.notes { out += TextLayout.bullet(note, width: width, marker: "      ") }
        }
        out += [""] + SourceTags.legend(report.contexts.map(\.source), in: base, width: width)
        return out
    }

    /// The rows alone, for embedding in a role profile.
    func bandLines(showRole: Bool) -> [String] {
        var out: [String] = []
        var lastRole: Role.ID?
        for row in report.rows {
            if showRole, row.role != lastRole { out += ["", row.roleTitle + " (\(row.role))"] }
            lastRole = row.role
            let label = TextLayout.pad(row.level?.rawValue ?? "all", to: 8)
            for (index, band) in row.bands.enumerated() {
                let lead = "  " + (index == 0 ? label : String(repeating: " ", count: 8))
                let figure = TextLayout.pad(band.summary, to: 42)
                out += TextLayout.wrap(figure + " " + band.source.rawValue, width: width - lead.count).enumerated().map
                {
                    ($0 == 0 ? lead : String(repeating: " ", count: lead.count)) + $1
                }
                if let note = band.note {
                    out += TextLayout.bullet(note, width: width, marker: String(repeating: " ", count: 14))
                }
            }
            if row.sourcesDisagree {
                out.append(String(repeating: " ", count: 10) + "! The sources disagree for this level; both are shown.")
            }
        }
        return out
    }
}
