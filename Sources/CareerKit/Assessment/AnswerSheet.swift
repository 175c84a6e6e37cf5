/// A person's answers to one version of the questionnaire, one per item in questionnaire order.
public struct AnswerSheet: Sendable, Hashable {
    /// The questionnaire version the answers were given to.
    public let version: String
    /// Who answered, in their own words, if they said.
    public let respondent: String?
    /// One answer per item, in the questionnaire's order; unanswered items are `.skipped`.
    public var answers: [Answer]

    /// Creates a sheet; `answers` must have one entry per item of the questionnaire.
    public init(version: String, respondent: String? = nil, answers: [Answer]) {
        self.version = version
        self.respondent = respondent
        self.answers = answers
    }

    /// A sheet with every item skipped, to be filled in.
    public static func blank(for questionnaire: Questionnaire) -> AnswerSheet {
        AnswerSheet(version: questionnaire.version, answers: questionnaire.items.map { _ in .skipped })
    }

    /// How many items were answered rather than skipped.
    public var answeredCount: Int { answers.filter { $0 != .skipped }.count }
}

extension Questionnaire {
    /// Every answer a person could give to the item at `index`, lowest or first first.
    public func possibleAnswers(at index: Int) -> [Answer] {
        let item = items[index]
        if let scale = item.scale { return (scale.min...scale.max).map { .value($0) } }
        return item.options.map { .choice($0.id) }
    }

    /// A sheet answered uniformly at random, for balance checks and benchmarks.
    public func randomSheet(using generator: inout some RandomNumberGenerator) -> AnswerSheet {
        let answers = items.indices.map { possibleAnswers(at: $0).randomElement(using: &generator)! }
        return AnswerSheet(version: version, answers: answers)
    }
}

/// A small, fast, seedable random source, so that random answer sets repeat exactly from run to run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that yields the same sequence for the same seed.
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
