import Foundation

/// Reads a comma-separated list of skills a person types ("python, k8s, A/B testing") into taxonomy ids, by id,
/// name or alias; anything it cannot place is an error naming each unknown item with its closest skills.
public enum SkillList {
    /// The most skills a list may name; the taxonomy's roles need far fewer.
    public static let maximumItems = 200

    /// The skills named in `text`.
    public static func resolve(_ text: String, in base: KnowledgeBase) throws(UnknownSkillsError) -> Set<Skill.ID> {
        var byName: [String: Skill.ID] = [:]
        for skill in base.skills {
            for name in [skill.id.rawValue, skill.name] + skill.aliases where byName[name.lowercased()] == nil {
                byName[name.lowercased()] = skill.id
            }
        }
        let items = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
        guard items.count <= maximumItems, text.utf8.count <= maximumItems * 40 else {
            throw UnknownSkillsError(items: [], tooMany: items.count)
        }
        var found = Set<Skill.ID>()
        var unknown: [(String, [String])] = []
        for item in items {
            let name = item.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            if let id = byName[name.lowercased()] {
                found.insert(id)
            } else {
                unknown.append((name, Suggestions.closest(to: name, among: base.skills.map(\.name))))
            }
        }
        guard unknown.isEmpty else {
            throw UnknownSkillsError(items: unknown.map { .init(name: $0.0, suggestions: $0.1) })
        }
        return found
    }
}

/// Skills a person named that the taxonomy does not know.
public struct UnknownSkillsError: Error, Sendable, CustomStringConvertible {
    /// One unknown name with the closest known skills.
    public struct Item: Sendable {
        public let name: String
        public let suggestions: [String]
    }

    public let items: [Item]
    /// Set when the list was refused for its length rather than for its names.
    public var tooMany: Int? = nil

    public var description: String {
        if let tooMany {
            return
                "a skill list may name at most \(SkillList.maximumItems) skills (of up to 40 characters); this one has \(tooMany)"
        }
        let shown = items.prefix(20)
        let more = items.count > 20 ? "; and \(items.count - 20) more" : ""
        return "unknown skills: "
            + shown.map { item in
                item.suggestions.isEmpty
                    ? "'\(item.name)'" : "'\(item.name)' (did you mean \(item.suggestions.joined(separator: ", "))?)"
            }.joined(separator: "; ") + more
    }
}
