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
            var text =
                "\(SourceTags.tag([context.source], in: base)) \(context.region); \(context.currency); \(context.period)"
            if !levels.isEmpty { text += "; " + levels.joined(separator: ", ") }
            out += TextLayout.bullet(text, width: width, marker: "  • ")
            for note in context.notes {
                out += TextLayout.bullet(base.namingSources(in: note), width: width, marker: "      ")
            }
        }
        out += [""] + SourceTags.legend(report.contexts.map(\.source), in: base, width: width)
        return out
    }

    /// The rows alone, for embedding in a role profile.
    func bandLines(showRole: Bool) -> [String] {
        var out: [String] = []
        var lastRole: Role.ID?
        for row in report.rows {
            if showRole, row.role != lastRole { out += ["", row.roleTitle] }
            lastRole = row.role
            let figureWidth = width - 2 - 8 - 10 - 4
            for (index, band) in row.bands.enumerated() {
                let label = index == 0 ? (row.level?.rawValue ?? "all") : ""
                let figure = TextLayout.wrap(base.namingSources(in: band.summary), width: figureWidth)
                out += TextLayout.row(
                    [[""], [label], [SourceTags.tag([band.source], in: base)], figure], widths: [0, 8, 10, figureWidth])
                if let note = band.note {
                    out += TextLayout.bullet(
                        "Note: " + base.namingSources(in: note), width: width, marker: String(repeating: " ", count: 24)
                    )
                }
            }
            if row.sourcesDisagree {
                out.append(
                    String(repeating: " ", count: 12)
                        + "! The sources disagree at this level: each figure is shown as its source printed it.")
            }
        }
        return out
    }
}
