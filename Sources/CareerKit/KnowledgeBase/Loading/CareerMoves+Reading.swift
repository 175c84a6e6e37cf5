import Yams

extension CareerMoves {
    static func read(_ cursor: NodeCursor) -> CareerMoves? {
        guard let fields = cursor.fields(["roles", "moves"]) else { return nil }
        var standings: [Standing] = []
        if let roles = fields.required("roles") {
            guard case .mapping(let mapping) = roles.node else {
                roles.report("expected a mapping of role ids to their level and skills")
                return nil
            }
            for (key, value) in mapping {
                let keyCursor = NodeCursor(node: key, path: roles.join(key.string ?? "?"), reader: roles.reader)
                let valueCursor = NodeCursor(node: value, path: keyCursor.path, reader: roles.reader)
                if let role = keyCursor.reference(to: .role), let standing = readStanding(valueCursor, role: role) {
                    if standings.contains(where: { $0.role.rawValue == role }) {
                        keyCursor.report("'\(role)' is listed more than once")
                    }
                    standings.append(standing)
                }
            }
        }
        let moves = fields.required("moves")?.list(readMove) ?? []
        return CareerMoves(standings: standings, moves: moves)
    }

    private static func readStanding(_ cursor: NodeCursor, role: String) -> Standing? {
        guard let fields = cursor.fields(["level", "skillsOf", "skills"]) else { return nil }
        let level = fields.required("level")?.int()
        if let level, !(1...7).contains(level), let site = fields.optional("level") {
            site.report("levels run from 1 (entry) to 7 (VP or chief)")
        }
        let track = fields.optional("skillsOf")?.reference(to: .role)
        let skills = fields.references("skills", to: .skill)
        if track != nil, !skills.isEmpty { cursor.report("give either skillsOf or skills, not both") }
        guard let level else { return nil }
        return Standing(
            role: Role.ID(role), level: level, skillsOf: track.map { Role.ID($0) }, skills: skills.map { Skill.ID($0) })
    }

    private static func readMove(_ cursor: NodeCursor) -> Move? {
        guard let fields = cursor.fields(["from", "to", "sources", "note"]) else { return nil }
        let from = fields.required("from")?.reference(to: .role)
        let to = fields.required("to")?.reference(to: .role)
        let sources = Statement.readSources(fields)
        let note = fields.required("note")?.string()
        if let from, from == to { cursor.report("a move must lead to another role") }
        guard let from, let to, let sources, let note else { return nil }
        return Move(from: Role.ID(from), to: Role.ID(to), sources: sources, note: note)
    }
}
