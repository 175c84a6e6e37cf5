/// Every salary band for the roles and level asked, grouped by role and level, each band with its source.
public struct SalaryReport: Sendable, Codable {
    /// One role at one level, with each source's band beside the others.
    public struct Row: Sendable, Codable {
        public let role: Role.ID
        public let roleTitle: String
        /// nil for bands that speak of every level.
        public let level: SalaryLevel?
        public let bands: [SalaryBand]
        /// True when two sources give readable figures for this row that are not the same.
        public let sourcesDisagree: Bool
    }

    /// What each cited source's table covers, so figures are read in context.
    public struct Context: Sendable, Codable {
        public let source: Source.ID
        public let sourceTitle: String
        public let region: String
        public let currency: String
        public let period: String
        public let levels: [String: String]
        public let notes: [String]
    }

    public let rows: [Row]
    public let contexts: [Context]

    /// Collects the bands for one role (or all) at one level (or all), never merging or averaging them.
    public init(base: KnowledgeBase, role: Role.ID? = nil, level: SalaryLevel? = nil) {
        let bands = base.salaryBands.filter { band in
            (role == nil || band.role == role) && (level == nil || band.level == nil || band.level == level)
        }
        var order: [Role.ID] = []
        for band in bands where !order.contains(band.role) { order.append(band.role) }
        rows = order.flatMap { id -> [Row] in
            let own = bands.filter { $0.role == id }
            let levels: [SalaryLevel?] = SalaryLevel.allCases.map(Optional.some) + [nil]
            return levels.compactMap { level in
                let atLevel = own.filter { $0.level == level }
                guard !atLevel.isEmpty else { return nil }
                return Row(
                    role: id, roleTitle: base.roleTitle(id), level: level, bands: atLevel,
                    sourcesDisagree: Self.disagree(atLevel))
            }
        }
        var cited: [Source.ID] = []
        for band in bands where !cited.contains(band.source) { cited.append(band.source) }
        contexts = cited.compactMap { id in
            guard let table = base.salaryTable(from: id) else { return nil }
            return Context(
                source: id, sourceTitle: base.source(id)?.title ?? id.rawValue, region: table.region,
                currency: table.currency, period: table.period,
                levels: Dictionary(uniqueKeysWithValues: table.levels.map { ($0.key.rawValue, $0.value) }),
                notes: table.notes)
        }
    }

    private static func disagree(_ bands: [SalaryBand]) -> Bool {
        let figures = Set(bands.filter(\.hasFigures).map { "\($0.low ?? 0)-\($0.high ?? 0)-\($0.openEnded)" })
        return figures.count > 1
    }
}
