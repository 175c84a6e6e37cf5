import CareerKit
import Foundation
import Testing
import Yams

/// The labelled corpus: resumes and postings we wrote, with the skills each names and each posting's role.
@Suite("The labelled corpus: extraction precision and recall, posting role accuracy")
struct CorpusTests {
    struct Label: Decodable {
        let file: String
        let role: String?
        let skills: [String]
    }

    static var folder: URL { Bundle.module.url(forResource: "Fixtures/corpus", withExtension: nil)! }

    static func labels() throws -> [Label] {
        try ["labels-resumes.yaml", "labels-postings.yaml"].flatMap { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return try YAMLDecoder().decode([Label].self, from: text)
        }
    }

    static func text(_ label: Label) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(label.file), encoding: .utf8)
    }

    @Test("The corpus holds at least 30 resumes and 30 postings covering all eight roles")
    func size() throws {
        let labels = try Self.labels()
        #expect(labels.filter { $0.file.hasPrefix("resumes/") }.count >= 30)
        let postings = labels.filter { $0.file.hasPrefix("postings/") }
        #expect(postings.count >= 30)
        #expect(Set(postings.compactMap(\.role)).count == 8)
    }

    @Test("Skill extraction reaches precision and recall of at least 0.9 over the corpus")
    func extraction() throws {
        let extractor = AssessmentFixtures.base.makeSkillExtractor()
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var misses: [String] = []
        for label in try Self.labels() {
            let found = Set(extractor.mentions(in: try Self.text(label)).map(\.skill.rawValue))
            let expected = Set(label.skills)
            truePositives += found.intersection(expected).count
            falsePositives += found.subtracting(expected).count
            falseNegatives += expected.subtracting(found).count
            let extra = found.subtracting(expected).sorted(), missing = expected.subtracting(found).sorted()
            if !extra.isEmpty || !missing.isEmpty { misses.append("\(label.file): extra \(extra) missing \(missing)") }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        print("corpus extraction: precision \(precision), recall \(recall)")
        #expect(precision >= 0.9, "precision \(precision)\n\(misses.joined(separator: "\n"))")
        #expect(recall >= 0.9, "recall \(recall)\n\(misses.joined(separator: "\n"))")
    }

    @Test("Postings are recognised as their role at least 90% of the time")
    func roleAccuracy() throws {
        let base = AssessmentFixtures.base
        let extractor = base.makeSkillExtractor()
        let postings = try Self.labels().filter { $0.role != nil }
        var wrong: [String] = []
        for label in postings {
            let analysis = PostingAnalysis(text: try Self.text(label), base: base, extractor: extractor)
            let top = analysis.roles.first?.role.rawValue
            if top != label.role { wrong.append("\(label.file): expected \(label.role!), got \(top ?? "none")") }
        }
        let accuracy = Double(postings.count - wrong.count) / Double(max(1, postings.count))
        print("corpus role accuracy: \(accuracy)")
        #expect(accuracy >= 0.9, "accuracy \(accuracy)\n\(wrong.joined(separator: "\n"))")
    }
}
