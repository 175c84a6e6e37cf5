extension Statement {
    /// Reads `{text, sources, skills?, note?}`; a statement without a source is a problem.
    static func read(_ cursor: NodeCursor) -> Statement? {
        guard let fields = cursor.fields(["text", "sources", "skills", "note"]) else { return nil }
        let text = fields.required("text")?.string()
        let sources = readSources(fields)
        let skills = fields.references("skills", to: .skill).map { Skill.ID($0) }
        let note = fields.optional("note")?.string()
        guard let text, let sources else { return nil }
        return Statement(text: text, sources: sources, skills: skills, note: note)
    }

    /// Reads the required, non-empty `sources` list of any sourced item.
    static func readSources(_ fields: FieldCursor) -> [Source.ID]? {
        guard let field = fields.required("sources") else { return nil }
        guard let ids = field.list({ $0.reference(to: .source) }) else { return nil }
        guard !ids.isEmpty else {
            field.report("must name at least one source")
            return nil
        }
        return ids.map { Source.ID($0) }
    }
}
