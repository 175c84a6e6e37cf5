import CareerKit

/// The salary page's part for a role in a place: the chart, then each closest official occupation's percentiles
/// there and nationally, labelled as such, with what OEWS counts and the BLS attribution.
struct LocalPaySection {
    let pay: LocalPay
    let base: KnowledgeBase

    var html: String {
        var body = "<h2>\(escape(pay.roleTitle)) in \(escape(pay.area.name))</h2>"
        body +=
            "<p>Blue bars: the articles' bands by level, as printed. Orange boxes: official wages for the closest official occupations (25th to 75th percentile, line from the 10th to the 90th, tick at the median). \(sourceTags([pay.officialSource]))</p>"
        body += PayChart(pay: pay).svg
        body += "<p class=\"notice\">\(escape(pay.officialIncludes))</p>"
        if let note = pay.mappingNote { body += "<p>\(escape(note))</p>" }
        for occupation in pay.occupations {
            body += "<h3>\(escape(occupation.label.prefix(1).uppercased() + occupation.label.dropFirst()))</h3>"
            body += "<p>\(escape(occupation.reason))</p>"
            let head =
                "<tr><th scope=\"col\">Area</th>"
                + ["10th", "25th", "Median", "75th", "90th", "Employed"].map { "<th scope=\"col\">\($0)</th>" }.joined()
                + "</tr>"
            var rows: [(String, WageRecord?)] = []
            if pay.area.kind != .national { rows.append((pay.area.name, occupation.local)) }
            rows.append(("National", occupation.national))
            let cells = rows.map { name, record in
                guard let record else {
                    return
                        "<tr><th scope=\"row\">\(escape(name))</th><td colspan=\"6\">No estimate published for this area.</td></tr>"
                }
                let values = record.annual.percentiles.map(\.value) + [record.employment]
                return "<tr><th scope=\"row\">\(escape(name))</th>"
                    + values.map { "<td>\(escape($0.display))</td>" }.joined() + "</tr>"
            }.joined()
            body += "<table>\(head)\(cells)</table>"
        }
        if let attribution = base.source(pay.officialSource)?.attribution {
            body += "<p class=\"src\">\(escape(attribution))</p>"
        }
        return body
    }
}
