/// The official wage estimates bundled with the knowledge base (BLS OEWS): areas, occupations and their figures.
public struct WageStatistics: Sendable {
    public let areas: [WageArea]
    public let occupations: [OfficialOccupation]
    public let records: [WageRecord]

    private let areasByID: [WageArea.ID: WageArea]
    private let occupationsByID: [OfficialOccupation.ID: OfficialOccupation]
    private let recordIndex: [String: Int]

    /// Figures from already-read tables; an empty set when the knowledge base has none.
    public init(areas: [WageArea] = [], occupations: [OfficialOccupation] = [], records: [WageRecord] = []) {
        self.areas = areas
        self.occupations = occupations
        self.records = records
        areasByID = Dictionary(areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        occupationsByID = Dictionary(occupations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        recordIndex = Dictionary(
            records.enumerated().map { ("\($1.area)|\($1.occupation)", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether any figures are loaded.
    public var isEmpty: Bool { records.isEmpty }

    /// The nation as a whole.
    public var national: WageArea? { areas.first { $0.kind == .national } }

    /// The area with this OEWS code.
    public func area(_ id: WageArea.ID) -> WageArea? { areasByID[id] }

    /// The occupation with this SOC code.
    public func occupation(_ id: OfficialOccupation.ID) -> OfficialOccupation? { occupationsByID[id] }

    /// The estimates for an occupation in an area, when OEWS publishes a row for them.
    public func record(area: WageArea.ID, occupation: OfficialOccupation.ID) -> WageRecord? {
        recordIndex["\(area)|\(occupation)"].map { records[$0] }
    }
}
