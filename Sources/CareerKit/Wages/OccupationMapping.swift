/// A role's closest official occupations, most relevant first, each with why it was chosen.
public struct OccupationMapping: Hashable, Sendable, Codable {
    /// One official occupation standing in for the role.
    public struct Link: Hashable, Sendable, Codable {
        public let soc: OfficialOccupation.ID
        public let reason: String
    }

    public let role: Role.ID
    public let occupations: [Link]
    public let sources: [Source.ID]
    /// Why a role has no occupation in the data, when it has none.
    public let note: String?
}
