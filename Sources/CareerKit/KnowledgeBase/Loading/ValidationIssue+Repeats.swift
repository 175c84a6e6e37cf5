extension ValidationIssue {
    /// An issue at `[i].role` of `file` for every entry whose role an earlier entry already named.
    static func repeatedRoles(_ roles: [Role.ID], in file: String) -> [ValidationIssue] {
        var seen = Set<Role.ID>()
        return roles.enumerated().compactMap { index, role in
            seen.insert(role).inserted
                ? nil
                : ValidationIssue(file: file, path: "[\(index)].role", problem: "'\(role)' is listed more than once")
        }
    }
}
