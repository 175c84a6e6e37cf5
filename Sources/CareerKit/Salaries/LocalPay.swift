/// What a role pays in one place: the seeds' bands by level beside the official wage percentiles of the role's
/// closest official occupations, in that place and nationally, each figure with its source and what it counts.
public struct LocalPay: Sendable, Codable {
    /// The official figures for one occupation standing in for the role.
    public struct Occupation: Sendable, Codable {
        public let soc: OfficialOccupation.ID
        public let title: String
        /// How every official figure is labelled: "closest official occupation: Data Scientists (15-2051)".
        public let label: String
        /// Why this occupation stands in for the role.
        public let reason: String
        /// The estimates in the chosen place; nil when OEWS publishes no row for it there.
        public let local: WageRecord?
        public let national: WageRecord?
    }

    public let role: Role.ID
    public let roleTitle: String
    public let area: WageArea
    /// The seeds' bands; for a ladder position without its own, its track's, named in `bandsRole`.
    public let bands: SalaryReport
    public let bandsRole: Role.ID
    public let occupations: [Occupation]
    /// Why the role has no official occupation, when it has none.
    public let mappingNote: String?
    /// The source of every official figure.
    public let officialSource: Source.ID
    /// What the official figures count, so they are not read as total pay.
    public let officialIncludes: String

    static let oewsSource: Source.ID = "bls-oews-2025"
    static let oewsIncludes =
        "Base wages employers report for employees (OEWS): no bonus, no equity, no self-employed; "
        + "annual figures are hourly rates times 2,080 hours."

    /// The report for a role in an area of the knowledge base's wage data.
    public init(base: KnowledgeBase, role: Role.ID, area: WageArea) {
        self.role = role
        roleTitle = base.roleTitle(role)
        self.area = area
        let own = SalaryReport(base: base, role: role)
        let track = base.careerMoves?.standing(of: role)?.skillsOf
        if own.rows.isEmpty, let track {
            bands = SalaryReport(base: base, role: track)
            bandsRole = track
        } else {
            bands = own
            bandsRole = role
        }
        let mapping = base.occupationMapping(for: role)
        mappingNote = mapping?.note
        let nationalID = base.wages.national?.id
        occupations = (mapping?.occupations ?? []).map { link in
            let title = base.wages.occupation(link.soc)?.title ?? link.soc
            return Occupation(
                soc: link.soc, title: title, label: "closest official occupation: \(title) (\(link.soc))",
                reason: link.reason, local: base.wages.record(area: area.id, occupation: link.soc),
                national: nationalID.flatMap { base.wages.record(area: $0, occupation: link.soc) })
        }
        officialSource = Self.oewsSource
        officialIncludes = Self.oewsIncludes
    }
}
