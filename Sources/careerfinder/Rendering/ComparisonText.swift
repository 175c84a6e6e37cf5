import CareerKit

/// Roles side by side: an aspect label column, then one column per role.
struct ComparisonText {
    let comparison: RoleComparison
    let base: KnowledgeBase
    static let labelWidth = 14
    static let columnWidth = 41

    func lines() -> [String] {
        let widths = [Self.labelWidth] + comparison.roles.map { _ in Self.columnWidth }
        let total = widths.reduce(0, +) + 2 * (widths.count - 1)
        var out = TextLayout.row(
            [[""]] + comparison.roles.map { TextLayout.wrap($0.title, width: Self.columnWidth) }, widths: widths)
        out.append(String(repeating: "─", count: total))
        var cited: [Source.ID] = []
        for aspect in comparison.aspects {
            let cells = aspect.cells.map { entries in
                entries.flatMap { entry -> [String] in
                    cited += entry.sources
                    return TextLayout.bullet(
                        base.namingSources(in: entry.text) + " " + SourceTags.tag(entry.sources, in: base),
                        width: Self.columnWidth)
                }
            }
            out += TextLayout.row([TextLayout.wrap(aspect.title, width: Self.labelWidth)] + cells, widths: widths)
            out.append("")
        }
        return out + SourceTags.legend(cited, in: base, width: total)
    }
}
