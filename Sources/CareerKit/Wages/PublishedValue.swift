/// One figure exactly as BLS printed it, with what the printed text means; never turned into a number it is not.
public struct PublishedValue: Hashable, Sendable, Codable {
    /// What a published cell means.
    public enum Status: String, Hashable, Sendable, Codable {
        /// A released estimate.
        case published
        /// "-": BLS did not release this estimate (footnote 8).
        case notReleased
        /// The wage is at or above the survey's ceiling (footnote 5); only the ceiling is known.
        case topCoded
        /// The cell is empty in the data (for example location quotient at national level).
        case absent
    }

    /// Which unit a wage column is in; decides the top-code ceiling and how it is printed.
    public enum Unit: String, Hashable, Sendable, Codable {
        case annualDollars, hourlyDollars, count, ratio
    }

    /// The cell's text as published.
    public let text: String
    public let status: Status
    public let unit: Unit

    /// OEWS top-codes wages at $239,200 a year or $115.00 an hour (footnote 5).
    static let annualCeiling = "239200"
    static let hourlyCeiling = "115.00"

    /// Reads a cell; `topCodedRow` says whether the row carries footnote 5.
    public init(text: String, unit: Unit, topCodedRow: Bool = false) {
        self.text = text
        self.unit = unit
        let ceiling = unit == .annualDollars ? Self.annualCeiling : unit == .hourlyDollars ? Self.hourlyCeiling : nil
        if text == "-" {
            status = .notReleased
        } else if text.isEmpty {
            status = .absent
        } else if ceiling != nil,
            // Compared as bytes: String.hasPrefix walks characters, and this runs for every cell of the tables.
            text == "#" || text.utf8.starts(with: ">=".utf8) || text.utf8.starts(with: "≥".utf8)
        {
            status = .topCoded
        } else if let ceiling, topCodedRow, text == ceiling {
            status = .topCoded
        } else {
            status = .published
        }
    }

    /// The figure when one was released; nil for "-", top-coded and empty cells.
    public var number: Double? { status == .published ? Double(text) : nil }

    /// The lowest the true figure can be: the figure itself, or the ceiling when top-coded.
    public var lowerBound: Double? {
        switch status {
        case .published: Double(text)
        case .topCoded: Double(unit == .annualDollars ? Self.annualCeiling : Self.hourlyCeiling)
        case .notReleased, .absent: nil
        }
    }

    /// The value for a reader: "$126,800", "$57.80", "not released", "at least $239,200".
    public var display: String {
        switch status {
        case .notReleased: return "not released"
        case .absent: return "—"
        case .topCoded: return "at least " + Self.format(lowerBound ?? 0, unit)
        case .published: return number.map { Self.format($0, unit) } ?? text
        }
    }

    private static func format(_ value: Double, _ unit: Unit) -> String {
        switch unit {
        case .annualDollars: return "$" + grouped(Int(value.rounded()))
        case .hourlyDollars:
            let cents = Int((value * 100).rounded())
            let fraction = cents % 100
            return "$" + grouped(cents / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
        case .count: return grouped(Int(value.rounded()))
        case .ratio: return String(value)
        }
    }

    private static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
