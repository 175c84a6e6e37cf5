import CareerKit
import Foundation

/// Pay ranges on one shared scale, for the `range-chart` template: each row is text (what it is, the figures as
/// printed) above a track drawn in SVG from numbers only. The track stretches to the row's width while the text
/// stays text, so nothing shrinks or is clipped on a phone, and an axis under the rows states the scale.
struct RangeChart {
    struct Row {
        let label: String
        let figure: String
        /// SVG markup built from numbers only (safe to insert unescaped).
        let track: String
    }

    let caption: String
    let rows: [Row]
    let axis: [String]
    /// Said instead of a chart when no row has readable figures.
    let empty: String?

    /// The articles' bands for a salary report, labelled by level and source.
    init(report: SalaryReport, in base: KnowledgeBase) {
        self.init(pay: nil, report: report, in: base)
    }

    /// The articles' bands beside the official percentiles of the closest occupations, in a place and nationally.
    init(pay: LocalPay, in base: KnowledgeBase) {
        self.init(pay: pay, report: pay.bands, in: base)
    }

    private enum Item {
        case band(label: String, band: SalaryBand)
        case official(label: String, wages: WageDistribution?)
    }

    private init(pay: LocalPay?, report: SalaryReport, in base: KnowledgeBase) {
        var items: [Item] = report.rows.flatMap { row in
            row.bands.filter(\.hasFigures).map { band in
                let level =
                    row.level.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } ?? "All levels"
                return Item.band(label: "\(level) · \(base.source(band.source)?.name ?? "unknown source")", band: band)
            }
        }
        if let pay {
            for occupation in pay.occupations {
                if pay.area.kind != .national {
                    items.append(
                        .official(label: "\(occupation.title) · \(pay.area.name)", wages: occupation.local?.annual))
                }
                items.append(
                    .official(label: "\(occupation.title) · United States", wages: occupation.national?.annual))
            }
        }
        caption =
            pay == nil
            ? "Salary bands by level, as each source printed them (US dollars a year)."
            : "Bars: the articles' bands as printed. Boxes: official wages, 25th to 75th percentile, with a line from "
                + "the 10th to the 90th and a mark at the median (US dollars a year)."
        let highs = items.compactMap { item -> Double? in
            switch item {
            case .band(_, let band): Double(band.high ?? band.low ?? 0)
            case .official(_, let wages): wages?.p90.lowerBound ?? wages?.median.lowerBound
            }
        }
        guard let top = highs.max(), top > 0 else {
            rows = []
            axis = []
            empty = "No source gives readable figures to draw here."
            return
        }
        // A round top for the axis: the next multiple of $40,000 above the highest figure, so quarters are round.
        let scale = (top * 1.02 / 40_000).rounded(.up) * 40_000
        func x(_ value: Double) -> Int { Int((1000 * value / scale).rounded()) }
        rows = items.map { item in
            switch item {
            case .band(let label, let band):
                let low = x(Double(band.low ?? 0)), high = x(Double(band.high ?? band.low ?? 0))
                return Row(
                    label: label, figure: band.printed ?? band.summary,
                    track: Self.track("<rect x=\"\(low)\" y=\"3\" width=\"\(max(4, high - low))\" height=\"14\"/>"))
            case .official(let label, let wages):
                guard let wages, let p10 = wages.p10.lowerBound, let p90 = wages.p90.lowerBound,
                    let p25 = wages.p25.lowerBound, let p75 = wages.p75.lowerBound,
                    let median = wages.median.lowerBound
                else {
                    return Row(label: label, figure: "not released for this area", track: Self.track(""))
                }
                let ceiling = wages.p90.status == .topCoded ? "≥ " : ""
                let figure =
                    "median \(ceiling)\(wages.median.display) (10th \(wages.p10.display), 90th \(wages.p90.display))"
                let shapes =
                    "<line class=\"whisker\" x1=\"\(x(p10))\" y1=\"10\" x2=\"\(x(p90))\" y2=\"10\"/>"
                    + "<rect class=\"box\" x=\"\(x(p25))\" y=\"3\" width=\"\(max(4, x(p75) - x(p25)))\" height=\"14\"/>"
                    + "<line class=\"median\" x1=\"\(x(median))\" y1=\"0\" x2=\"\(x(median))\" y2=\"20\"/>"
                return Row(label: label, figure: figure, track: Self.track(shapes))
            }
        }
        axis = (0...4).map { step in Self.dollars(scale * Double(step) / 4) }
        empty = nil
    }

    private static func track(_ shapes: String) -> String {
        "<svg class=\"track\" viewBox=\"0 0 1000 20\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">"
            + shapes + "</svg>"
    }

    /// "$0", "$75k", "$150k": short enough that five fit across a phone.
    static func dollars(_ value: Double) -> String {
        value == 0 ? "$0" : "$\(Int((value / 1000).rounded()))k"
    }
}
