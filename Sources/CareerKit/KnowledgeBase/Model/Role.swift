/// A position people hold: one of the profiled AI roles, or a step on a career ladder.
public struct Role: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Role>

    public var id: ID
    public var title: String
    /// Other titles people use for this role.
    public var aliases: [String]
    /// The sources that name this role; for a profiled role, every source its profile cites.
    public var sources: [Source.ID]
    /// The full profile; nil for a ladder position the sources only name.
    public var profile: RoleProfile?

    /// Whether the role has a full profile.
    public var isProfiled: Bool { profile != nil }
}
