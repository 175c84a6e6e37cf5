/// The published estimates for one occupation in one area.
public struct WageRecord: Hashable, Sendable, Codable {
    public let area: WageArea.ID
    public let occupation: OfficialOccupation.ID
    public let employment: PublishedValue
    public let annual: WageDistribution
    public let hourly: WageDistribution
    /// Footnote codes from the data (e.g. "8": an estimate not released).
    public let footnotes: [String]
    /// Every published value column in the data's order, kept so that nothing published is lost.
    public let columns: [PublishedValue]

    /// The value columns of the data, in order; `footnotes` follows them.
    public static let columnNames = [
        "employment", "employment_rse_pct", "hourly_mean", "annual_mean", "wage_rse_pct",
        "hourly_p10", "hourly_p25", "hourly_median", "hourly_p75", "hourly_p90",
        "annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90",
        "jobs_per_1000", "location_quotient",
    ]

    /// Builds a record from the published texts of `columnNames`, in order, and the footnotes cell.
    public init?(area: WageArea.ID, occupation: OfficialOccupation.ID, texts: [String], footnotes: String) {
        guard texts.count == Self.columnNames.count else { return nil }
        self.area = area
        self.occupation = occupation
        self.footnotes = footnotes.split(separator: ",").map(String.init)
        let topCoded = self.footnotes.contains("5")
        columns = zip(Self.units, texts).map { unit, text in
            PublishedValue(text: text, unit: unit, topCodedRow: topCoded)
        }
        employment = columns[0]
        hourly = WageDistribution(
            mean: columns[2], p10: columns[5], p25: columns[6], median: columns[7], p75: columns[8], p90: columns[9])
        annual = WageDistribution(
            mean: columns[3], p10: columns[10], p25: columns[11], median: columns[12], p75: columns[13],
            p90: columns[14])
    }

    /// The footnotes cell as published.
    public var footnotesText: String { footnotes.joined(separator: ",") }

    /// The unit of each of `columnNames`, worked out once rather than per cell.
    private static let units = columnNames.map(unit(of:))

    private static func unit(of column: String) -> PublishedValue.Unit {
        if column.hasPrefix("annual_") { return .annualDollars }
        if column.hasPrefix("hourly_") { return .hourlyDollars }
        return column == "employment" ? .count : .ratio
    }
}

/// The mean and percentiles of a wage, each as published.
public struct WageDistribution: Hashable, Sendable, Codable {
    public let mean: PublishedValue
    public let p10: PublishedValue
    public let p25: PublishedValue
    public let median: PublishedValue
    public let p75: PublishedValue
    public let p90: PublishedValue

    /// The five percentiles, lowest first, with their labels.
    public var percentiles: [(label: String, value: PublishedValue)] {
        [("10th", p10), ("25th", p25), ("median", median), ("75th", p75), ("90th", p90)]
    }
}
