/// Scores answer sheets against every profiled role. Each answered item gives each role a value between
/// -|weight| and +|weight|; a role's fit is 50 + 50 x (sum of values) / (sum of |weights| of answered items),
/// so it lies in 0...100, skipped items count for nothing, and the contributions add up to the score.
public struct AssessmentScorer: Sendable {
    public let questionnaire: Questionnaire
    let base: KnowledgeBase
    /// The roles scored, in knowledge-base order.
    let roles: [Role]
    /// `values[(offsets[i] + code) * roleCount + r]`: what answer `code` of item `i` is worth to role `r`.
    let values: [Double]
    let offsets: [Int]
    /// `magnitudes[i * roleCount + r]`: the most item `i` can be worth to role `r` either way.
    let magnitudes: [Double]
    /// Per item, every possible answer, and how each reads to a person; worked out once, used per submission.
    let possibleAnswers: [[Answer]]
    /// Item fields the hot path reads, kept apart so it never copies whole items.
    let itemIDs: [Item.ID]
    let itemTexts: [String]
    let itemSections: [String]
    /// Whether the item is a self-rating of a skill, which a lever may only ever suggest raising.
    let isSelfRating: [Bool]
    let isInterest: [Bool]
    let scalePoints: [Int?]
    let answerTexts: [[String]]
    /// Per role: for each skill item, the role's advice on those skills, and its next steps.
    let gapAdvice: [[[Statement]]]
    /// Per role: the skill items it weighs at 1.5 or more, heaviest first.
    let gapCandidates: [[Int]]
    let nextSteps: [[Statement]]

    var roleCount: Int { roles.count }

    /// A scorer for the knowledge base's questionnaire; nil when it has none.
    public init?(base: KnowledgeBase) {
        guard let questionnaire = base.questionnaire else { return nil }
        self.init(base: base, questionnaire: questionnaire)
    }

    /// A scorer for one questionnaire of the knowledge base, current or earlier.
    public init(base: KnowledgeBase, questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        self.base = base
        roles = base.profiledRoles
        var values: [Double] = [], offsets: [Int] = [], magnitudes: [Double] = []
        for (index, item) in questionnaire.items.enumerated() {
            offsets.append(values.count / roles.count)
            let answers = questionnaire.possibleAnswers(at: index)
            for answer in answers {
                for role in roles { values.append(Self.value(of: answer, for: item, to: role.id)) }
            }
            for role in roles {
                magnitudes.append(answers.map { abs(Self.value(of: $0, for: item, to: role.id)) }.max() ?? 0)
            }
        }
        self.values = values
        self.offsets = offsets
        self.magnitudes = magnitudes
        possibleAnswers = questionnaire.items.indices.map { questionnaire.possibleAnswers(at: $0) }
        itemIDs = questionnaire.items.map(\.id)
        itemTexts = questionnaire.items.map(\.text)
        itemSections = questionnaire.items.map(\.section)
        let isSelfRating = questionnaire.items.map { $0.section == "skills" }
        self.isSelfRating = isSelfRating
        isInterest = questionnaire.items.map { $0.section == "interests" || $0.section == "style" }
        scalePoints = questionnaire.items.map { item in item.scale.map { $0.max - $0.min + 1 } }
        gapCandidates = roles.map { role in
            questionnaire.items.indices.filter {
                isSelfRating[$0] && (questionnaire.items[$0].weights[role.id] ?? 0) >= 1.5
            }
            .sorted { questionnaire.items[$0].weights[role.id]! > questionnaire.items[$1].weights[role.id]! }
        }
        answerTexts = zip(questionnaire.items, possibleAnswers).map { item, answers in answers.map(item.describe) }
        gapAdvice = roles.map { role in
            let profile = role.profile
            let pool = (profile?.howToStart ?? []) + (profile?.portfolio ?? []) + (profile?.skills ?? [])
            return questionnaire.items.map { item in
                Array(pool.filter { $0.skills.contains(where: item.skills.contains) }.prefix(2))
            }
        }
        nextSteps = roles.map { ($0.profile?.howToStart ?? []) + ($0.profile?.portfolio.prefix(3) ?? []) }
    }

    /// How an answer reads to a person, e.g. "4 (Agree)"; "skipped" for no answer.
    func describe(item: Int, code: Int?) -> String { code.map { answerTexts[item][$0] } ?? "skipped" }

    /// A rated item is worth -weight at the bottom of its scale, 0 in the middle and +weight at the top.
    static func value(of answer: Answer, for item: Item, to role: Role.ID) -> Double {
        switch answer {
        case .value(let value):
            guard let scale = item.scale else { return 0 }
            let position = Double(value - scale.min) / Double(scale.max - scale.min)
            return (item.weights[role] ?? 0) * (2 * position - 1)
        case .choice(let id): return item.options.first { $0.id == id }?.weights[role] ?? 0
        case .skipped: return 0
        }
    }

    /// The index of an answer among the item's possible answers; nil when skipped.
    func code(of answer: Answer, at index: Int) -> Int? {
        switch answer {
        case .skipped: return nil
        case .value: return possibleAnswers[index].firstIndex(of: answer)
        case .choice: return possibleAnswers[index].firstIndex(of: answer)
        }
    }

    func value(item: Int, code: Int, role: Int) -> Double { values[(offsets[item] + code) * roleCount + role] }

    func magnitude(item: Int, role: Int) -> Double { magnitudes[item * roleCount + role] }

    /// The sums behind every role's score: the values of the answers and the magnitudes of the answered items.
    func totals(_ codes: [Int?]) -> (values: [Double], magnitudes: [Double]) {
        var sums = [Double](repeating: 0, count: roleCount), limits = sums
        for (item, code) in codes.enumerated() {
            guard let code else { continue }
            let valueBase = (offsets[item] + code) * roleCount, magnitudeBase = item * roleCount
            for role in 0..<roleCount {
                sums[role] += values[valueBase + role]
                limits[role] += magnitudes[magnitudeBase + role]
            }
        }
        return (sums, limits)
    }

    static func score(sum: Double, limit: Double) -> Double { limit > 0 ? 50 + 50 * sum / limit : 50 }

    /// The most one answer moved by one step (one scale point, or another option) can move any role's score
    /// when every item is answered.
    public var maximumShiftPerStep: Double {
        let full = totals(questionnaire.items.indices.map { _ in 0 }).magnitudes
        var shift = 0.0
        for item in questionnaire.items.indices {
            let count = questionnaire.possibleAnswers(at: item).count
            for role in 0..<roleCount where full[role] > 0 {
                let answers = (0..<count).map { value(item: item, code: $0, role: role) }
                let step =
                    questionnaire.items[item].isChoice
                    ? (answers.max()! - answers.min()!)
                    : zip(answers, answers.dropFirst()).map { abs($1 - $0) }.max() ?? 0
                shift = max(shift, 50 * step / full[role])
            }
        }
        return shift
    }
}
