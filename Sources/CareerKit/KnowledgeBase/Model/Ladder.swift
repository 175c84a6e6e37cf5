/// A career ladder as one source describes it, first position first.
public struct Ladder: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Ladder>

    public var id: ID
    /// The profiled role whose ladder this is.
    public var track: Role.ID
    public var source: Source.ID
    public var note: String?
    /// Each step lists the positions the source offers at that point; usually one.
    public var steps: [[Role.ID]]

    /// Whether the role stands on any step of this ladder.
    public func contains(_ role: Role.ID) -> Bool { steps.contains { $0.contains(role) } }
}
