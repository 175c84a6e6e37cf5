/// A place OEWS publishes estimates for: the nation, a state or territory, or a metropolitan or nonmetropolitan area.
public struct WageArea: Hashable, Sendable, Codable, Identifiable {
    /// The kind of area, as OEWS names it.
    public enum Kind: String, Hashable, Sendable, Codable {
        case national, state, metro
    }

    /// The OEWS area code, e.g. "0012420".
    public let id: String
    public let kind: Kind
    /// The published name, e.g. "Austin-Round Rock-San Marcos, TX".
    public let name: String
}

/// A standard occupation (SOC 2018) in the wage data.
public struct OfficialOccupation: Hashable, Sendable, Codable, Identifiable {
    /// The SOC code, e.g. "15-2051".
    public let id: String
    public let title: String
    /// Whether the data set marks it as a core AI-related occupation.
    public let coreTarget: Bool
}
