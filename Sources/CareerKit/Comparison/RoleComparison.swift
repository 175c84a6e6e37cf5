/// Two or more roles side by side, aspect by aspect, every entry with its sources.
public struct RoleComparison: Sendable, Codable {
    /// The compared roles, in the order asked.
    public let roles: [ComparedRole]
    /// One row per aspect; each row has one cell per role, in the same order.
    public let aspects: [Aspect]

    /// A compared role and the salary bands every source gives for it.
    public struct ComparedRole: Sendable, Codable {
        public let id: Role.ID
        public let title: String
        public let salaryBands: [SalaryBand]
    }

    /// One aspect of the comparison, e.g. daily tasks.
    public struct Aspect: Sendable, Codable {
        public let key: String
        public let title: String
        public let cells: [[Entry]]
    }

    /// One line of a cell with the sources that say it.
    public struct Entry: Sendable, Codable, Hashable {
        public let text: String
        public let sources: [Source.ID]
    }

    /// Compares profiled roles; at least two distinct ones.
    public init(_ roles: [Role], in base: KnowledgeBase) throws(ComparisonError) {
        let distinct = roles.uniqued()
        guard distinct.count >= 2 else { throw .tooFewRoles }
        let profiles = try distinct.map { role throws(ComparisonError) in
            guard let profile = role.profile else { throw .notProfiled(role.id) }
            return (role, profile)
        }
        self.roles = profiles.map { role, _ in
            ComparedRole(id: role.id, title: role.title, salaryBands: base.salaryBands.filter { $0.role == role.id })
        }
        self.aspects = Self.aspectBuilders.map { key, title, build in
            Aspect(key: key, title: title, cells: profiles.map { build($0.0, $0.1, base) })
        }
    }
}

/// Why roles could not be compared.
public enum ComparisonError: Error, Sendable, CustomStringConvertible {
    case tooFewRoles
    case notProfiled(Role.ID)

    public var description: String {
        switch self {
        case .tooFewRoles: "compare needs at least two different roles"
        case .notProfiled(let id):
            "'\(id)' is a career-ladder position without a full profile; compare profiled roles (see 'careerfinder roles')"
        }
    }
}

extension Array where Element == Role {
    fileprivate func uniqued() -> [Role] {
        var seen = Set<Role.ID>()
        return filter { seen.insert($0.id).inserted }
    }
}
