// Readers for the flat catalogue files: sources, skills, ladder positions and ladders.

extension Source {
    static func read(_ cursor: NodeCursor) -> Source? {
        let keys: Set = [
            "id", "file", "title", "name", "url", "publisher", "author", "kind", "licence", "attribution", "note",
        ]
        guard let fields = cursor.fields(keys), let idField = fields.required("id") else { return nil }
        guard let id = idField.string() else { return nil }
        cursor.reader.declare(.source, id, at: idField)
        let title = fields.required("title")?.string()
        let name = fields.required("name")?.string()
        var url: String?
        if let field = fields.optional("url"), let text = field.string() {
            if text.hasPrefix("https://"), text.count > 8, !text.contains(" ") {
                url = text
            } else {
                field.report("a source's url must be an https address")
            }
        }
        let kind = fields.required("kind")?.oneOf(Kind.self)
        let licence = fields.required("licence")?.string()
        guard let title, let name, let kind, let licence else { return nil }
        return Source(
            id: ID(id), file: fields.optional("file")?.string(), title: title, name: name, url: url,
            publisher: fields.optional("publisher")?.string(), author: fields.optional("author")?.string(),
            kind: kind, licence: licence, attribution: fields.optional("attribution")?.string(),
            note: fields.optional("note")?.string())
    }
}

extension Skill {
    static func read(_ cursor: NodeCursor) -> Skill? {
        let keys: Set = [
            "id", "name", "category", "aliases", "ambiguous", "implies", "broader", "prerequisites", "described",
        ]
        guard let fields = cursor.fields(keys),
            let idField = fields.required("id"), let id = idField.string()
        else { return nil }
        cursor.reader.declare(.skill, id, at: idField)
        let name = fields.required("name")?.string()
        let category = fields.required("category")?.oneOf(Category.self)
        guard let name, let category else { return nil }
        let ambiguity = fields.optional("ambiguous").flatMap(Ambiguity.read)
        func related(_ key: String) -> [ID] { fields.references(key, to: .skill).map { ID($0) } }
        let described = fields.strings("described")
        for pattern in described where PhrasePattern(pattern) == nil {
            fields.optional("described")?.report(
                "unreadable phrase pattern '\(pattern)' (words, 'word*' prefixes, 'a|b' choices, '...' gaps)")
        }
        return Skill(
            id: ID(id), name: name, category: category, aliases: fields.strings("aliases"), ambiguity: ambiguity,
            implies: related("implies"), broader: related("broader"), prerequisites: related("prerequisites"),
            described: described)
    }
}

extension Skill.Ambiguity {
    static func read(_ cursor: NodeCursor) -> Skill.Ambiguity? {
        let keys: Set = ["caseSensitive", "cues", "rejectFollowing", "rejectPreceding", "words"]
        guard let fields = cursor.fields(keys) else { return nil }
        return Skill.Ambiguity(
            caseSensitive: fields.optional("caseSensitive")?.bool() ?? false, cues: fields.strings("cues"),
            rejectFollowing: fields.strings("rejectFollowing"), rejectPreceding: fields.strings("rejectPreceding"),
            words: fields.strings("words"))
    }
}

extension Role {
    /// Reads a ladder position: a role the sources name without profiling it.
    static func readPosition(_ cursor: NodeCursor) -> Role? {
        guard let fields = cursor.fields(["id", "title", "aliases", "sources"]),
            let idField = fields.required("id"), let id = idField.string()
        else { return nil }
        cursor.reader.declare(.role, id, at: idField)
        let title = fields.required("title")?.string()
        let sources = Statement.readSources(fields)
        guard let title, let sources else { return nil }
        return Role(id: ID(id), title: title, aliases: fields.strings("aliases"), sources: sources, profile: nil)
    }
}

extension Ladder {
    static func read(_ cursor: NodeCursor) -> Ladder? {
        guard let fields = cursor.fields(["id", "track", "source", "note", "steps"]),
            let idField = fields.required("id"), let id = idField.string()
        else { return nil }
        cursor.reader.declare(.ladder, id, at: idField)
        let track = fields.required("track")?.reference(to: .role)
        let source = fields.required("source")?.reference(to: .source)
        let steps = fields.nonEmptyList("steps") { step -> [Role.ID]? in
            guard let ids = step.list({ $0.reference(to: .role) }) else { return nil }
            if ids.isEmpty { step.report("a step must name at least one position") }
            return ids.map { Role.ID($0) }
        }
        guard let track, let source, let steps else { return nil }
        return Ladder(
            id: ID(id), track: Role.ID(track), source: Source.ID(source), note: fields.optional("note")?.string(),
            steps: steps)
    }
}
