import CareerKit

/// The articles' bands and the official percentiles on one scale, as SVG: a band is a bar from low to high; an
/// official row is a line from the 10th to the 90th percentile, a box from the 25th to the 75th and a tick at the
/// median. Figures not released are said in words; a top-coded one is drawn to its ceiling and marked "≥".
struct PayChart {
    let pay: LocalPay

    private enum Row {
        case band(label: String, band: SalaryBand)
        case official(label: String, wages: WageDistribution?)
    }

    var svg: String {
        var rows: [Row] = pay.bands.rows.flatMap { row in
            row.bands.filter(\.hasFigures).map {
                Row.band(label: "\(row.level?.rawValue ?? "all") · \($0.source)", band: $0)
            }
        }
        for occupation in pay.occupations {
            if pay.area.kind != .national {
                rows.append(.official(label: "\(occupation.soc) · \(pay.area.name)", wages: occupation.local?.annual))
            }
            rows.append(.official(label: "\(occupation.soc) · National", wages: occupation.national?.annual))
        }
        let highs = rows.compactMap { row -> Double? in
            switch row {
            case .band(_, let band): Double(band.high ?? band.low ?? 0)
            case .official(_, let wages): wages?.p90.lowerBound ?? wages?.median.lowerBound
            }
        }
        guard let top = highs.max(), top > 0 else { return "<p>No readable figures to draw for this role here.</p>" }
        let scale = top * 1.15
        let width = 760.0, left = 300.0, rowHeight = 28.0
        func x(_ value: Double) -> Double { left + (width - left - 90) * value / scale }
        var parts: [String] = []
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight + 10
            switch row {
            case .band(let label, let band):
                let low = x(Double(band.low ?? 0)), high = x(Double(band.high ?? band.low ?? 0))
                parts.append(text(label, x: 0, y: y + 14))
                parts.append(
                    "<rect x=\"\(low)\" y=\"\(y)\" width=\"\(max(2, high - low))\" height=\"18\" fill=\"#1f5f8b\"><title>\(escape(band.summary)) (\(escape(band.source.rawValue)))</title></rect>"
                )
                parts.append(text(band.printed ?? "", x: high + 4, y: y + 14, size: 12))
            case .official(let label, let wages):
                parts.append(text(label, x: 0, y: y + 14))
                parts.append(official(wages, y: y, x: x))
            }
        }
        let height = Double(rows.count) * rowHeight + 20
        return
            "<svg role=\"img\" aria-label=\"The articles' salary bands beside official wage percentiles\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\">"
            + parts.joined() + "</svg>"
    }

    private func official(_ wages: WageDistribution?, y: Double, x: (Double) -> Double) -> String {
        guard let wages, let p10 = wages.p10.lowerBound, let p90 = wages.p90.lowerBound,
            let p25 = wages.p25.lowerBound, let p75 = wages.p75.lowerBound, let median = wages.median.lowerBound
        else { return text("not released for this area", x: x(0) + 4, y: y + 14, size: 12) }
        let summary = wages.percentiles.map { "\($0.label) \($0.value.display)" }.joined(separator: ", ")
        let ceiling = wages.p90.status == .topCoded ? "≥ " : ""
        return "<g><title>\(escape(summary))</title>"
            + "<line x1=\"\(x(p10))\" y1=\"\(y + 9)\" x2=\"\(x(p90))\" y2=\"\(y + 9)\" stroke=\"#4a4a4a\" stroke-width=\"2\"/>"
            + "<rect x=\"\(x(p25))\" y=\"\(y + 2)\" width=\"\(max(2, x(p75) - x(p25)))\" height=\"14\" fill=\"#b35c00\"/>"
            + "<line x1=\"\(x(median))\" y1=\"\(y)\" x2=\"\(x(median))\" y2=\"\(y + 18)\" stroke=\"#1a1a1a\" stroke-width=\"3\"/>"
            + "</g>" + text("\(ceiling)\(wages.median.display) median", x: x(p90) + 4, y: y + 14, size: 12)
    }

    private func text(_ content: String, x: Double, y: Double, size: Int = 13) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\">\(escape(content))</text>"
    }
}
