/// The assessment's items with the weights that tie each answer to each role; versioned, so a result
/// can say which questionnaire scored it.
public struct Questionnaire: Sendable, Codable {
    public let version: String
    public let title: String
    public let minutesToComplete: Int
    /// The sources whose role descriptions the items and weights paraphrase.
    public let sources: [Source.ID]
    public let sections: [Section]
    public let items: [Item]

    /// A part of the questionnaire, shown as one block of items.
    public struct Section: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let intro: String
    }

    /// The position of an item with this id, if any.
    public func index(of id: Item.ID) -> Int? { items.firstIndex { $0.id == id } }
}

/// A rating scale with a meaning for each point, e.g. 0 "never used it" to 4 "could teach it".
public struct Scale: Sendable, Codable, Hashable {
    public let id: String
    public let min: Int
    public let max: Int
    /// What each point means, lowest first.
    public let anchors: [String]

    /// The meaning of one point of the scale.
    public func anchor(_ value: Int) -> String {
        let index = value - min
        return anchors.indices.contains(index) ? anchors[index] : "\(value)"
    }
}

/// One question: a statement rated on a scale, or a choice between options.
public struct Item: Identifiable, Sendable, Codable, Hashable {
    public typealias ID = Identifier<Item>

    public let id: ID
    public let section: String
    public let text: String
    /// The scale for rated items; nil for choice items.
    public let scale: Scale?
    /// The options for choice items; empty for rated items.
    public let options: [Choice]
    /// The skills a self-rating item is about.
    public let skills: [Skill.ID]
    /// For rated items: how much full agreement counts toward each role (negative: against it).
    public let weights: [Role.ID: Double]

    /// Whether the item is answered by picking an option.
    public var isChoice: Bool { scale == nil }

    /// A person-readable form of an answer to this item.
    public func describe(_ answer: Answer) -> String {
        switch answer {
        case .skipped: "skipped"
        case .value(let value): "\(value) (\(scale?.anchor(value) ?? "?"))"
        case .choice(let id): options.first { $0.id == id }?.text ?? id
        }
    }
}

/// One option of a choice item, with how much picking it counts toward each role.
public struct Choice: Sendable, Codable, Hashable {
    public let id: String
    public let text: String
    public let weights: [Role.ID: Double]
}

/// A person's answer to one item.
public enum Answer: Hashable, Sendable, Codable {
    case value(Int)
    case choice(String)
    case skipped
}

extension Questionnaire {
    /// The skills of the items a sheet rates 3 or more on the skill scale: what the person uses confidently at
    /// work or could teach, which plans and next steps count as had.
    public func confidentSkills(in sheet: AnswerSheet) -> Set<Skill.ID> {
        var skills = Set<Skill.ID>()
        for (index, item) in items.enumerated() where item.scale?.id == "skill" && index < sheet.answers.count {
            if case .value(let rating) = sheet.answers[index], rating >= 3 { skills.formUnion(item.skills) }
        }
        return skills
    }
}
