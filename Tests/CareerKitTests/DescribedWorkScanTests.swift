import Foundation
import Testing

@testable import CareerKit

/// The reader finds described work in one pass over the bytes, reading words only around a word that can start
/// a pattern. It must find exactly what trying every pattern at every word of the whole text finds.
@Suite("The described-work scan agrees with trying every pattern at every word")
struct DescribedWorkScanTests {
    static let reader = EvidenceReader(base: AssessmentFixtures.base)

    struct Found: Equatable, CustomStringConvertible {
        let pattern: Int, phrase: String, line: Int
        var description: String { "\(pattern) \"\(phrase)\" line \(line)" }
    }

    static func plain(_ text: String) -> [Found] {
        let words = TextWords(text)
        var found: [Found] = []
        for index in 0..<words.count {
            for (candidate, entry) in reader.patterns.enumerated() {
                if let end = entry.pattern.match(in: words, at: index) {
                    found.append(
                        Found(pattern: candidate, phrase: words.phrase(from: index, to: end), line: words.line(index)))
                }
            }
        }
        return found
    }

    static func fast(_ text: String) -> [Found] {
        var text = text
        var found: [Found] = []
        text.withUTF8 { bytes in
            reader.describedWork(in: bytes) { found.append(Found(pattern: $0, phrase: $1, line: $2)) }
        }
        return found
    }

    @Test(
        "Edge cases: joiners, case, line ends, sentence ends, other scripts",
        arguments: [
            "We RETRAIN the model WEEKLY.\nMonitors drift daily; monitoring drift.",
            "- retrains\n- weekly", "retrained it. Weekly standups", "-- a/b tested --- A/B tests", "Retrains",
            "Überwacht drift; monitors   drift\r\nand retrains models nightly",
            "canary/blue-green deploys, served behind an API",
            "", "-", "a", "monitor", "monitors\n\n\ndrift",
        ])
    func edgeCases(text: String) {
        #expect(Self.fast(text) == Self.plain(text))
    }

    @Test("Every blind posting and every corpus text")
    func fixtureTexts() throws {
        var checked = 0, matches = 0
        for folder in ["Fixtures/blind-postings", "Fixtures/corpus"] {
            let url = try #require(Bundle.module.url(forResource: folder, withExtension: nil))
            let files =
                FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL } ?? []
            for file in files where ["txt", "md"].contains(file.pathExtension) {
                let text = try String(contentsOf: file, encoding: .utf8)
                let fast = Self.fast(text)
                #expect(fast == Self.plain(text), "\(file.lastPathComponent)")
                checked += 1
                matches += fast.count
            }
        }
        #expect(checked > 250 && matches > 100, "checked \(checked) texts, \(matches) matches")
    }
}
