extension OccupationMapping {
    /// Reads one role's mapping; SOC codes must be in the wage data when the knowledge base has any.
    static func read(_ cursor: NodeCursor, knownCodes: Set<String>) -> OccupationMapping? {
        guard let fields = cursor.fields(["role", "occupations", "sources", "note"]) else { return nil }
        let role = fields.required("role")?.reference(to: .role)
        let sources = Statement.readSources(fields)
        let note = fields.optional("note")?.string()
        let links =
            fields.required("occupations")?.list { item -> Link? in
                guard let link = item.fields(["soc", "reason"]) else { return nil }
                let soc = link.required("soc")?.string()
                let reason = link.required("reason")?.string()
                if let soc, !knownCodes.isEmpty, !knownCodes.contains(soc), let site = link.optional("soc") {
                    site.report("'\(soc)' is not an occupation in the wage data")
                }
                guard let soc, let reason else { return nil }
                return Link(soc: soc, reason: reason)
            } ?? []
        if links.isEmpty, note == nil {
            cursor.report("a role without occupations needs a note saying why none fits")
        }
        guard let role, let sources else { return nil }
        return OccupationMapping(role: Role.ID(role), occupations: links, sources: sources, note: note)
    }
}
