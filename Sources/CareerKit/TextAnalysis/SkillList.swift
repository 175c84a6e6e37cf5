import Foundation

/// Reads a comma-separated list of skills a person types ("python, k8s, A/B testing") into taxonomy ids, by id,
/// name or alias; anything it cannot place is an error naming each unknown item with its closest skills.
public enum SkillList {
    /// The skills named in `text`.
    public static func resolve(_ text: String, in base: KnowledgeBase) throws(UnknownSkillsError) -> Set<Skill.ID> {
        var byName: [String: Skill.ID] = [:]
        for skill in base.skills {
            for name in [skill.id.rawValue, skill.name] + skill.aliases where byName[name.lowercased()] == nil {
                byName[name.lowercased()] = skill.id
            }
        }
        var found = Set<Skill.ID>()
        var unknown: [(String, [String])] = []
        for item in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
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

    public var description: String {
        "unknown skills: "
            + items.map { item in
                item.suggestions.isEmpty
                    ? "'\(item.name)'" : "'\(item.name)' (did you mean \(item.suggestions.joined(separator: ", "))?)"
            }.joined(separator: "; ")
    }
}
