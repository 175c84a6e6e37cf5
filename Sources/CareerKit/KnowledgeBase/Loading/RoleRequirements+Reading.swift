import Yams

extension RoleRequirements {
    static func read(_ cursor: NodeCursor) -> RoleRequirements? {
        guard let fields = cursor.fields(["role", "sources", "required", "niceToHave"]) else { return nil }
        let role = fields.required("role")?.reference(to: .role)
        let sources = Statement.readSources(fields)
        let required = fields.required("required").flatMap(readWeights) ?? []
        let nice = fields.optional("niceToHave").flatMap(readWeights) ?? []
        for skill in Set(required.map(\.skill)).intersection(nice.map(\.skill)) {
            cursor.report("'\(skill)' is listed both as required and as nice to have")
        }
        if required.isEmpty { cursor.report("a role must require at least one skill") }
        guard let role, let sources else { return nil }
        return RoleRequirements(role: Role.ID(role), sources: sources, required: required, niceToHave: nice)
    }

    /// Reads `{skill-id: weight}` in file order, weights 1 to 3.
    static func readWeights(_ cursor: NodeCursor) -> [WeightedSkill]? {
        guard case .mapping(let mapping) = cursor.node else {
            cursor.report("expected a mapping of skill ids to weights")
            return nil
        }
        return mapping.compactMap { key, value in
            let keyCursor = NodeCursor(node: key, path: cursor.join(key.string ?? "?"), reader: cursor.reader)
            let valueCursor = NodeCursor(node: value, path: keyCursor.path, reader: cursor.reader)
            guard let skill = keyCursor.reference(to: .skill), let weight = valueCursor.int() else { return nil }
            guard (1...3).contains(weight) else {
                valueCursor.report("weights are 1, 2 or 3")
                return nil
            }
            return WeightedSkill(skill: Skill.ID(skill), weight: weight)
        }
    }
}

extension PostingSignals {
    static func read(_ cursor: NodeCursor) -> PostingSignals? {
        guard let fields = cursor.fields(["role", "sources", "marks", "note", "signals"]) else { return nil }
        let marks = fields.required("marks")?.string()
        let role = fields.required("role")?.reference(to: .role)
        let sources = Statement.readSources(fields)
        let note = fields.required("note")?.string()
        let signals = fields.required("signals").flatMap(RoleRequirements.readWeights) ?? []
        if let sources, !sources.contains("editorial") {
            cursor.report("posting signals are our own reading: list 'editorial' among the sources")
        }
        guard let role, let sources, let note, let marks else { return nil }
        return PostingSignals(role: Role.ID(role), sources: sources, note: note, marks: marks, signals: signals)
    }
}
