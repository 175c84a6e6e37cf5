import CareerKit

/// Salary bands as an SVG bar chart: one row per level and source, each bar from low to high, labelled with its
/// source; bands without readable figures are listed, not drawn.
struct SalaryChart {
    let report: SalaryReport

    var svg: String {
        let bands = report.rows.flatMap { row in row.bands.filter(\.hasFigures).map { (row.level, $0) } }
        guard !bands.isEmpty else { return "<p>No source gives readable figures for this role.</p>" }
        let top = Double(bands.map { $0.1.high ?? $0.1.low! }.max()!) * 1.1
        let width = 640.0, left = 170.0, rowHeight = 28.0
        let height = Double(bands.count) * rowHeight + 30
        func x(_ value: Int) -> Double { left + (width - left - 20) * Double(value) / top }
        var parts: [String] = []
        for (index, (level, band)) in bands.enumerated() {
            let y = Double(index) * rowHeight + 10
            let low = x(band.low!), high = x(band.high ?? band.low!)
            let label = "\(level?.rawValue ?? "all") · \(band.source)"
            parts.append("<text x=\"0\" y=\"\(y + 14)\" font-size=\"13\">\(escape(label))</text>")
            parts.append(
                "<rect x=\"\(low)\" y=\"\(y)\" width=\"\(max(2, high - low))\" height=\"18\" fill=\"#1f5f8b\"><title>\(escape(band.summary)) (\(escape(band.source.rawValue)))</title></rect>"
            )
            parts.append(
                "<text x=\"\(high + 4)\" y=\"\(y + 14)\" font-size=\"12\">\(escape(band.printed ?? ""))</text>")
        }
        return
            "<svg role=\"img\" aria-label=\"Salary bands by level and source\" viewBox=\"0 0 \(Int(width + 160)) \(Int(height))\" width=\"100%\">"
            + parts.joined() + "</svg>"
    }
}
