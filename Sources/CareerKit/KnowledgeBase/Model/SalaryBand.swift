/// Career stage a salary figure applies to.
public enum SalaryLevel: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case entry, mid, senior

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One salary figure exactly as a source printed it, with the numbers read from it where they can be.
public struct SalaryBand: Hashable, Sendable, Codable {
    public var role: Role.ID
    /// The level; nil means the band speaks of every level.
    public var level: SalaryLevel?
    public var source: Source.ID
    /// The figure as printed, character for character; nil for a source that gives words only.
    public var printed: String?
    public var low: Int?
    public var high: Int?
    /// True when the source printed a "+" after the top figure.
    public var openEnded: Bool
    /// What the figure includes beyond base pay, when the source says (e.g. equity).
    public var includes: String?
    /// The source's words, in ours, when it gives no figure.
    public var text: String?
    public var note: String?

    /// Whether the band carries readable numbers.
    public var hasFigures: Bool { low != nil }
}

/// One source's salary table with the context needed to read it.
public struct SalaryTable: Hashable, Sendable, Codable {
    public var source: Source.ID
    public var region: String
    public var currency: String
    public var period: String
    /// What the source means by each level, e.g. "0-3 years of experience".
    public var levels: [SalaryLevel: String]
    public var notes: [String]
    public var bands: [SalaryBand]
}
