import Foundation

/// The application core: every use case the faces call (the web pages, the JSON API and the command line), each
/// written once here. Faces only translate their input into a call and the answer into a page, JSON or text.
public struct CareerService: Sendable {
    public let base: KnowledgeBase
    public let extractor: SkillExtractor
    /// Reads named, described and implied skills; built once.
    public let evidence: EvidenceReader
    public let places: PlaceMatcher
    public let planner: TransitionPlanner
    /// The current questionnaire's scorer; nil when the knowledge base has no assessment.
    public let scorer: AssessmentScorer?
    /// One scorer per questionnaire version the knowledge base keeps, so saved answers score as they did.
    let scorers: [String: AssessmentScorer]
    /// Where saved items go; nil where nothing may be kept (the command line).
    let store: (any CareerStore)?
    /// Reads PDFs; nil where no reader is available.
    let pdf: (any PDFTextReader)?
    let makeToken: @Sendable () -> ResultToken
    let now: @Sendable () -> Date

    /// The core over a knowledge base, with the store, PDF reader, token source and clock passed in.
    public init(
        base: KnowledgeBase, store: (any CareerStore)? = nil, pdf: (any PDFTextReader)? = nil,
        makeToken: @escaping @Sendable () -> ResultToken = CareerService.randomToken,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.base = base
        self.store = store
        self.pdf = pdf
        self.makeToken = makeToken
        // Whole milliseconds: what SQLite keeps, so an item's dates are the same in either database and in a
        // backup moved between them.
        self.now = { Date(timeIntervalSince1970: (now().timeIntervalSince1970 * 1000).rounded() / 1000) }
        extractor = base.makeSkillExtractor()
        evidence = EvidenceReader(base: base)
        places = PlaceMatcher(areas: base.wages.areas)
        planner = TransitionPlanner(base: base)
        scorer = AssessmentScorer(base: base)
        let questionnaires = (base.questionnaire.map { [$0] } ?? []) + base.earlierQuestionnaires
        scorers = Dictionary(
            questionnaires.map { ($0.version, AssessmentScorer(base: base, questionnaire: $0)) },
            uniquingKeysWith: { first, _ in first })
    }

    /// A token from the system's random source: 132 unguessable bits.
    public static let randomToken: @Sendable () -> ResultToken = {
        var generator = SystemRandomNumberGenerator()
        return ResultToken.random(using: &generator)
    }

    /// Throws `.unavailable` when the store cannot be reached; an installation without a store is always ready.
    public func checkStoreReachable() async throws(CareerError) {
        guard let store else { return }
        do {
            try await store.checkReachable()
        } catch {
            throw CareerError(.unavailable, "the database cannot be reached")
        }
    }

    /// The store, or an error saying this installation keeps nothing.
    func requireStore() throws(CareerError) -> any CareerStore {
        guard let store else { throw CareerError(.unavailable, "this installation has no database to save to") }
        return store
    }

    /// The current questionnaire's scorer, or an error saying there is no assessment.
    public func requireScorer() throws(CareerError) -> AssessmentScorer {
        guard let scorer else { throw CareerError(.unavailable, "this knowledge base has no assessment") }
        return scorer
    }

    /// A token as typed or linked; one of the wrong shape can name nothing.
    static func token(_ text: String, _ what: String) throws(CareerError) -> ResultToken {
        guard let token = ResultToken(rawValue: text) else {
            throw CareerError(.notFound, "no saved \(what) has that link (it may have been deleted)")
        }
        return token
    }
}
