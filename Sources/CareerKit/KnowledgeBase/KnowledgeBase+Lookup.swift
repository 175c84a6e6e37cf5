import Foundation

/// A role id that names nothing, with the roles it most resembles. The message names them by title, which
/// every face accepts back (a role is found by id, title or alias), so people never need its id.
public struct UnknownRoleError: Error, Sendable, CustomStringConvertible {
    public let input: String
    public let suggestions: [Role.ID]
    /// The suggested roles' titles, in the same order.
    public let titles: [String]

    public var description: String {
        let hint: String
        switch titles.count {
        case 0: hint = " The list of roles shows every one."
        case 1: hint = " Did you mean '\(titles[0])'?"
        default: hint = " Did you mean " + titles.map { "'\($0)'" }.joined(separator: " or ") + "?"
        }
        return "unknown role '\(input)'.\(hint)"
    }
}

extension KnowledgeBase {
    /// The role named by an id, or by a title or alias written any case; otherwise an error with suggestions.
    public func role(named input: String) throws(UnknownRoleError) -> Role {
        let wanted = input.trimmingCharacters(in: .whitespaces)
        if let role = role(Role.ID(wanted)) { return role }
        let lowered = wanted.lowercased()
        if let role = roles.first(where: { names(of: $0).contains { $0.lowercased() == lowered } }) { return role }
        var idForName: [String: Role.ID] = [:]
        for role in roles {
            for name in names(of: role) where idForName[name] == nil { idForName[name] = role.id }
        }
        let close = Suggestions.closest(to: wanted, among: Array(idForName.keys), limit: 6)
        var ids: [Role.ID] = []
        for name in close {
            if let id = idForName[name], !ids.contains(id) { ids.append(id) }
        }
        let suggested = Array(ids.prefix(3))
        throw UnknownRoleError(input: input, suggestions: suggested, titles: suggested.map { roleTitle($0) })
    }

    private func names(of role: Role) -> [String] { [role.id.rawValue, role.title] + role.aliases }
}

extension KnowledgeBase {
    /// `text` with every source id it mentions ("seed-002 says ...") replaced by the source's name in quotes, for
    /// people: the knowledge base's notes cite sources by id, which only its editors know.
    public func namingSources(in text: String) -> String {
        guard text.contains("-") else { return text }
        var named = text
        for source in sources where source.id.rawValue.contains("-") && named.contains(source.id.rawValue) {
            named = named.replacingOccurrences(of: source.id.rawValue, with: "“\(source.name)”")
        }
        return named
    }
}
