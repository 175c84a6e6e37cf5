import CareerKit
import Foundation
import Testing
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

    /// `personas`: written with the weights in view; `blind-personas`: answered by a session that saw only a prose
    /// description of each person and the questions, never the weights (kept apart: never tune on them).
    static func personaFolder(_ set: String = "personas") -> URL {
        Bundle.module.url(forResource: "Fixtures/\(set)", withExtension: nil)!
    }

    static func expectations(in set: String = "personas") throws -> [Expectation] {
        let text = try String(
            contentsOf: personaFolder(set).appendingPathComponent("expectations.yaml"), encoding: .utf8)
        return try YAMLDecoder().decode([Expectation].self, from: text)
    }

    /// A persona's answers, read with the questionnaire version they were given to (the personas answered
    /// 2026.11-1; its items and weights are those of today's version, only two wordings and the skill labels differ).
    static func persona(_ name: String, in set: String = "personas") throws -> AnswerSheet {
        let text = try String(contentsOf: personaFolder(set).appendingPathComponent("\(name).yaml"), encoding: .utf8)
        let version = try YAMLDecoder().decode(Versioned.self, from: text).version
        let questionnaire = try #require(base.questionnaire(version: version), "no questionnaire \(version)")
        return try AnswerSheet.parse(text, for: questionnaire)
    }

    private struct Versioned: Decodable { let version: String }

    /// Every persona of both sets.
    static func allPersonas() throws -> [AnswerSheet] {
        try ["personas", "blind-personas"].flatMap { set in
            try expectations(in: set).map { try persona($0.persona, in: set) }
        }
    }
}
