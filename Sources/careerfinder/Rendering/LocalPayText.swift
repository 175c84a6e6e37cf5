import CareerKit

/// A role's pay in one place for the terminal: the articles' bands, then each closest official occupation's
/// percentiles there and nationally, then what the official figures count and their attribution.
struct LocalPayText {
    let pay: LocalPay
    let base: KnowledgeBase
    var width = 100

    func lines() -> [String] {
        var out = ["\(pay.roleTitle) in \(pay.area.name)", ""]
        let borrowed = pay.bandsRole == pay.role ? "" : " (those of \(base.roleTitle(pay.bandsRole)), its track)"
        out.append("What the articles say, by level\(borrowed), as each printed it (never averaged):")
        out +=
            pay.bands.rows.isEmpty
            ? ["  No article gives a salary for this role."]
            : SalaryText(report: pay.bands, base: base, width: width).bandLines(showRole: false)
        out += [
            "", "Official wages, annual, from \(base.source(pay.officialSource)?.name ?? "the official statistics"):",
        ]
        out += TextLayout.bullet(pay.officialIncludes, width: width, marker: "  ")
        if let note = pay.mappingNote {
            out += TextLayout.bullet(base.namingSources(in: note), width: width, marker: "  ")
        }
        for occupation in pay.occupations {
            out += [""] + TextLayout.bullet(capitalized(occupation.label), width: width, marker: "  ")
            out += TextLayout.bullet("Why: " + base.namingSources(in: occupation.reason), width: width, marker: "    ")
            out += table(occupation)
        }
        let attribution = base.source(pay.officialSource)?.attribution
        out += [""] + (attribution.map { TextLayout.wrap($0, width: width) } ?? [])
        return out
    }

    private func table(_ occupation: LocalPay.Occupation) -> [String] {
        let header = ["", "10th", "25th", "median", "75th", "90th", "employed"]
        var rows: [(String, WageRecord?)] = []
        if pay.area.kind != .national { rows.append((pay.area.name, occupation.local)) }
        rows.append(("National", occupation.national))
        let body = rows.map { name, record in
            record.map { [name] + $0.annual.percentiles.map(\.value.display) + [$0.employment.display] }
                ?? [name, "no estimate published for this area"]
        }
        // Columns as wide as their widest cell, so a top-coded "at least $239,200" never shifts the others.
        let widths = header.indices.map { column in
            ([header] + body).map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return ([header] + body).flatMap { TextLayout.row($0.map { [$0] }, widths: widths).map { "    " + $0 } }
    }

    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
