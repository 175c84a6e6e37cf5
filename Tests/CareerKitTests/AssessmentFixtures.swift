import CareerKit
import Foundation
import Yams

/// The bundled questionnaire's scorer and the persona answer files written for it.
enum AssessmentFixtures {
    static let base: KnowledgeBase = try! KnowledgeBaseLoader.bundled().load()
    static let scorer: AssessmentScorer = AssessmentScorer(base: base)!

    /// What a persona's answers must produce: a clear top role, or the top two of a hybrid in either order.
    struct Expectation: Decodable {
        let persona: String
        let top1: String?
        let top2: [String]?
    }

    static var personaFolder: URL {
        Bundle.module.url(forResource: "Fixtures/personas", withExtension: nil)!
    }

    static func expectations() throws -> [Expectation] {
        let text = try String(contentsOf: personaFolder.appendingPathComponent("expectations.yaml"), encoding: .utf8)
        return try YAMLDecoder().decode([Expectation].self, from: text)
    }

    static func persona(_ name: String) throws -> AnswerSheet {
        let text = try String(contentsOf: personaFolder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        return try AnswerSheet.parse(text, for: scorer.questionnaire)
    }
}
