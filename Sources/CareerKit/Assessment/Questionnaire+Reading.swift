import Yams

extension Questionnaire {
    /// Reads `assessment.yaml`; weights may name only profiled roles, which is checked across files.
    static func read(_ cursor: NodeCursor) -> Questionnaire? {
        let keys: Set = ["version", "title", "minutesToComplete", "sources", "scales", "sections", "items"]
        guard let fields = cursor.fields(keys) else { return nil }
        let version = fields.required("version")?.string()
        let title = fields.required("title")?.string()
        let minutes = fields.required("minutesToComplete")?.int()
        let sources = Statement.readSources(fields)
        let scales = fields.nonEmptyList("scales", Scale.read) ?? []
        let sections = fields.nonEmptyList("sections", Section.read) ?? []
        let scalesByID = Dictionary(scales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sectionIDs = Set(sections.map(\.id))
        let items = fields.nonEmptyList("items") { Item.read($0, scales: scalesByID, sections: sectionIDs) }
        guard let version, let title, let minutes, let sources, let items else { return nil }
        checkUniqueIDs(items, in: fields.required("items"))
        return Questionnaire(
            version: version, title: title, minutesToComplete: minutes, sources: sources, sections: sections,
            items: items)
    }

    private static func checkUniqueIDs(_ items: [Item], in cursor: NodeCursor?) {
        var seen = Set<Item.ID>()
        for item in items where !seen.insert(item.id).inserted {
            cursor?.report("duplicate item id '\(item.id)'")
        }
    }
}

extension Questionnaire.Section {
    static func read(_ cursor: NodeCursor) -> Self? {
        guard let fields = cursor.fields(["id", "title", "intro"]) else { return nil }
        let id = fields.required("id")?.string(), title = fields.required("title")?.string()
        let intro = fields.required("intro")?.string()
        guard let id, let title, let intro else { return nil }
        return Self(id: id, title: title, intro: intro)
    }
}

extension Scale {
    static func read(_ cursor: NodeCursor) -> Scale? {
        guard let fields = cursor.fields(["id", "min", "max", "anchors"]) else { return nil }
        let id = fields.required("id")?.string()
        let low = fields.required("min")?.int(), high = fields.required("max")?.int()
        guard let id, let low, let high, let anchorsField = fields.required("anchors") else { return nil }
        guard low < high else {
            cursor.report("min (\(low)) must be below max (\(high))")
            return nil
        }
        let keys = Set((low...high).map(String.init))
        guard let anchorFields = anchorsField.fields(keys) else { return nil }
        let anchors = (low...high).map { anchorFields.required(String($0))?.string() ?? "\($0)" }
        return Scale(id: id, min: low, max: high, anchors: anchors)
    }
}

extension Item {
    static func read(_ cursor: NodeCursor, scales: [String: Scale], sections: Set<String>) -> Item? {
        let keys: Set = ["id", "section", "text", "scale", "options", "skills", "weights"]
        guard let fields = cursor.fields(keys), let id = fields.required("id")?.string() else { return nil }
        let sectionField = fields.required("section")
        let section = sectionField?.string()
        if let section, !sections.contains(section) { sectionField?.report("unknown section '\(section)'") }
        let text = fields.required("text")?.string()
        let skills = fields.references("skills", to: .skill).map { Skill.ID($0) }
        var scale: Scale?
        var options: [Choice] = []
        var weights: [Role.ID: Double] = [:]
        switch (fields.optional("scale"), fields.optional("options")) {
        case (let scaleField?, nil):
            let name = scaleField.string()
            scale = name.flatMap { scales[$0] }
            if let name, scale == nil { scaleField.report("unknown scale '\(name)'") }
            weights = readWeights(fields.required("weights")) ?? [:]
            if weights.values.allSatisfy({ $0 == 0 }) { cursor.report("a rated item needs a non-zero weight") }
        case (nil, let optionsField?):
            options = optionsField.list(Choice.read) ?? []
            if options.count < 2 { optionsField.report("a choice item needs at least two options") }
            if Set(options.map(\.id)).count != options.count { optionsField.report("option ids must be unique") }
            if fields.optional("weights") != nil { cursor.report("a choice item keeps its weights on its options") }
        default:
            cursor.report("an item has either 'scale' (a rated statement) or 'options' (a choice), not both")
        }
        guard let section, let text, scale != nil || !options.isEmpty else { return nil }
        return Item(
            id: ID(id), section: section, text: text, scale: scale, options: options, skills: skills, weights: weights)
    }

    /// Reads `{role-id: weight}`; each role id is checked once every file is read.
    static func readWeights(_ cursor: NodeCursor?) -> [Role.ID: Double]? {
        guard let cursor, case .mapping(let mapping) = cursor.node else {
            cursor?.report("expected a mapping of role ids to weights")
            return nil
        }
        var weights: [Role.ID: Double] = [:]
        for (key, value) in mapping {
            let keyCursor = NodeCursor(node: key, path: cursor.join(key.string ?? "?"), reader: cursor.reader)
            let valueCursor = NodeCursor(node: value, path: keyCursor.path, reader: cursor.reader)
            guard let role = keyCursor.reference(to: .role), let weight = valueCursor.number() else { continue }
            if abs(weight) > 5 { valueCursor.report("weights lie between -5 and 5") }
            weights[Role.ID(role)] = weight
        }
        return weights
    }
}

extension Choice {
    static func read(_ cursor: NodeCursor) -> Choice? {
        guard let fields = cursor.fields(["id", "text", "weights"]) else { return nil }
        let id = fields.required("id")?.string(), text = fields.required("text")?.string()
        let weights = Item.readWeights(fields.required("weights"))
        guard let id, let text, let weights else { return nil }
        return Choice(id: id, text: text, weights: weights)
    }
}
