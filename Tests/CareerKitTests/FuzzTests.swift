import Foundation
import Testing

@testable import CareerKit

/// Mutation fuzzing of every parser that reads what people or files send: answers files, resume and posting
/// text (and raw bytes as uploads), and knowledge-base YAML. Each input is a valid seed changed in one to four
/// places (bytes flipped, inserted, deleted, duplicated, spliced from another seed, or syntax tokens dropped in).
/// A crash fails the run; each parser must also keep its promises on whatever it accepts.
/// CAREERFINDER_FUZZ_INPUTS sets the total (scripts/fuzz runs 1,000,000; the test script a shorter budget).
@Suite("Fuzzing the parsers")
struct FuzzTests {
    static let total = Int(ProcessInfo.processInfo.environment["CAREERFINDER_FUZZ_INPUTS"] ?? "") ?? 10_000
    static let base = Result { try KnowledgeBaseLoader.bundled().load() }

    @Test("answers files: parsed or refused with a listed problem; accepted ones score within 0...100")
    func answers() throws {
        let base = try Self.base.get()
        let scorer = try #require(AssessmentScorer(base: base))
        var generator = SplitMix64(seed: 11)
        var seeds = (0..<8).map { _ in
            Array(scorer.questionnaire.randomSheet(using: &generator).yaml(for: scorer.questionnaire).utf8)
        }
        let ids = scorer.questionnaire.items.map(\.id.rawValue)
        seeds.append(
            Array(
                "{\"version\": \"\(scorer.questionnaire.version)\", \"answers\": {\"\(ids[0])\": 4, \"\(ids[1])\": null}}"
                    .utf8))
        var fuzzer = Mutator(seeds: seeds, seed: 1)
        var accepted = 0
        for _ in 0..<(Self.total * 2 / 5) {
            let text = String(decoding: fuzzer.next(), as: UTF8.self)
            do {
                let sheet = try AnswerSheet.parse(text, for: scorer.questionnaire)
                accepted += 1
                for fit in scorer.assess(sheet).ranking where !(0...100).contains(fit.score) {
                    Issue.record("score \(fit.score) out of range for \(text.prefix(200))")
                }
            } catch {
                if error.problems.isEmpty { Issue.record("a refusal without a problem for \(text.prefix(200))") }
            }
        }
        print("fuzz answers: \(Self.total * 2 / 5) inputs, \(accepted) accepted")
    }

    @Test("resume and posting text, and raw uploads: spans stay inside the text, nothing crashes")
    func text() throws {
        let base = try Self.base.get()
        let extractor = SkillExtractor(skills: base.skills)
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/corpus", withExtension: nil))
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { ["md", "txt"].contains($0.pathExtension) } ?? []
        let seeds = try files.prefix(24).map { Array(try Data(contentsOf: $0)) }
        #expect(seeds.count >= 10)
        var fuzzer = Mutator(seeds: seeds, seed: 2)
        let count = Self.total * 2 / 5
        for index in 0..<count {
            let bytes = fuzzer.next()
            let text = String(decoding: bytes, as: UTF8.self)
            let length = text.utf8.count
            for mention in extractor.mentions(in: text)
            where !(0 <= mention.start && mention.start < mention.end && mention.end <= length) {
                Issue.record("a span \(mention.start)..<\(mention.end) outside a text of \(length) bytes")
            }
            if index % 4 == 0 {
                _ = PostingAnalysis(text: text, base: base, extractor: extractor)
            } else if index % 4 == 1 {
                _ = ResumeAnalysis(text: text, base: base, extractor: extractor, target: "ml-engineer")
            } else if index % 4 == 2 {
                _ = try? DocumentText.plainText(of: Data(bytes), name: "upload.txt")
            } else {
                _ = StatedSalary.first(in: text)
            }
        }
        print("fuzz text: \(count) inputs")
    }

    @Test("knowledge-base YAML: every reader reports problems instead of crashing")
    func knowledgeBase() throws {
        let folder = try KnowledgeBaseLoader.bundled().directory
        let readers: [(String, (NodeCursor) -> Void)] = [
            ("roles/ml-engineer.yaml", { _ = Role.readProfiled($0, expectedID: "ml-engineer") }),
            ("roles/prompt-engineer.yaml", { _ = Role.readProfiled($0, expectedID: "prompt-engineer") }),
            ("skill-requirements.yaml", { _ = $0.list(RoleRequirements.read) }),
            ("career-moves.yaml", { _ = CareerMoves.read($0) }),
            ("assessment.yaml", { _ = Questionnaire.read($0) }),
            ("salaries.yaml", { _ = $0.list(SalaryTable.read) }),
            ("ladders.yaml", { _ = $0.list(Ladder.read) }),
            ("ladder-roles.yaml", { _ = $0.list(Role.readPosition) }),
            ("sources.yaml", { _ = $0.list(Source.read) }),
            ("occupations.yaml", { _ = $0.list { OccupationMapping.read($0, knownCodes: ["15-2051"]) } }),
        ]
        var seeds: [[UInt8]] = []
        for (file, _) in readers {
            seeds.append(Array(try Data(contentsOf: folder.appendingPathComponent(file))))
        }
        let count = Self.total - 2 * (Self.total * 2 / 5)
        var problems = 0
        for index in 0..<count {
            let which = index % readers.count
            var fuzzer = Mutator(seeds: [seeds[which]], seed: UInt64(index) &* 2654435761)
            let text = String(decoding: fuzzer.next(), as: UTF8.self)
            let reader = DocumentReader(file: readers[which].0)
            if let root = reader.root(of: text) { readers[which].1(root) }
            problems += reader.issues.count
        }
        #expect(problems > 0)
        print("fuzz knowledge-base YAML: \(count) inputs, \(problems) problems reported")
    }
}

/// Makes inputs from seeds by a few random edits.
struct Mutator {
    let seeds: [[UInt8]]
    var generator: SplitMix64
    /// Fragments that reach the parsers' rarer paths: YAML and JSON syntax, anchors, tags, numbers, symbols.
    static let tokens: [[UInt8]] = [
        "{", "}", "[", "]", ":", "- ", "\n  ", "&a ", "*a", "!!binary ", "? ", "|\n", ">-\n", "\"", "'", "#",
        "%YAML 1.1\n",
        "null", "~", "-1", "99999999999999999999", "1e309", "NaN", ".inf", "\u{0}", "\u{FEFF}", "\r\n", "\t", "C++",
        "C#",
        ".NET", "$120,000 - $150,000", "120k-150k", "USD 90K+", "Requirements:", "Nice to have:", "R", "Go", "é", "🚀",
    ].map { Array($0.utf8) }

    init(seeds: [[UInt8]], seed: UInt64) {
        self.seeds = seeds
        generator = SplitMix64(seed: seed)
    }

    mutating func next() -> [UInt8] {
        var bytes = seeds[Int.random(in: 0..<seeds.count, using: &generator)]
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let at = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0 where !bytes.isEmpty: bytes[at] ^= UInt8.random(in: 1...255, using: &generator)
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: at)
            case 2 where !bytes.isEmpty:
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &generator)))
            case 3 where !bytes.isEmpty:
                let piece = bytes[at..<min(bytes.count, at + Int.random(in: 1...128, using: &generator))]
                bytes.insert(contentsOf: piece, at: at)
            case 4:
                let other = seeds[Int.random(in: 0..<seeds.count, using: &generator)]
                guard !other.isEmpty else { continue }
                let from = Int.random(in: 0..<other.count, using: &generator)
                bytes.insert(contentsOf: other[from..<min(other.count, from + 200)], at: at)
            case 5: bytes = Array(bytes.prefix(at))
            default: bytes.insert(contentsOf: Self.tokens.randomElement(using: &generator)!, at: at)
            }
        }
        return bytes
    }
}
