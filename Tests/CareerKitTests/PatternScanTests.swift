import Testing

@testable import CareerKit

/// The fast scan (word masks, first-word filter, jumps through the trie) must find exactly what a plain walk of
/// the trie from every place a name may begin finds, once whole-word rules are applied.
@Suite("The fast scan agrees with a plain walk from every place")
struct PatternScanTests {
    static let extractor = AssessmentFixtures.base.makeSkillExtractor()

    /// The plain scan: a walk from the start of every word and from every other byte that is not part of a word.
    static func plainMatches(_ text: String) -> [SkillExtractor.Match] {
        var text = text
        return text.withUTF8 { bytes in
            extractor.wholeWordMatches(in: bytes) { found in
                extractor.trie.withView { view in
                    var line = 1
                    for start in bytes.indices {
                        if start > 0, bytes[start - 1] == 10 { line += 1 }
                        guard
                            !SkillExtractor.isWordByte(bytes[start]) || start == 0
                                || !SkillExtractor.isWordByte(bytes[start - 1])
                        else { continue }
                        view.walk(bytes, from: start) { found($0, $1, $2, line) }
                    }
                }
            }
        }
    }

    static func fastMatches(_ text: String) -> [SkillExtractor.Match] {
        var text = text
        return text.withUTF8 { extractor.wholeWordMatches(in: $0) }
    }

    /// Text made of the taxonomy's own names, mangled and mixed with plain words, symbols and other scripts.
    static func randomText(_ generator: inout SplitMix64) -> String {
        let names = extractor.skills.flatMap { [$0.name] + $0.aliases }
        let words = ["a", "in", "on", "or", "data", "model", "the", "and", "team", "time", "Next", "r", "go", "x"]
        let glue = [" ", "  ", "\n", "\t", ", ", "/", "-", ".", "+", "#", "(", ")", " and ", "s ", "é", "日本", ""]
        var text = ""
        for _ in 0..<Int.random(in: 1...60, using: &generator) {
            var piece =
                Bool.random(using: &generator)
                ? names.randomElement(using: &generator)! : words.randomElement(using: &generator)!
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: piece = piece.uppercased()
            case 1: piece = piece.lowercased()
            case 2: piece = String(piece.dropLast())
            case 3: piece += "s"
            default: break
            }
            text += piece + glue.randomElement(using: &generator)!
        }
        return text
    }

    @Test("Both scans find the same matches in 3,000 random texts")
    func randomTexts() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<3000 {
            let text = Self.randomText(&generator)
            let fast = Self.fastMatches(text), plain = Self.plainMatches(text)
            #expect(fast.map(\.pattern) == plain.map(\.pattern), "\(text.debugDescription)")
            #expect(fast.map(\.start) == plain.map(\.start) && fast.map(\.end) == plain.map(\.end))
            #expect(fast.map(\.line) == plain.map(\.line))
            if fast.map(\.pattern) != plain.map(\.pattern) { return }
        }
    }

    @Test("Both scans find the same matches in every corpus text")
    func corpusTexts() throws {
        for label in try CorpusTests.labels() {
            let text = try CorpusTests.text(label)
            let fast = Self.fastMatches(text), plain = Self.plainMatches(text)
            #expect(fast.map(\.pattern) == plain.map(\.pattern), "\(label.file)")
            #expect(fast.map(\.start) == plain.map(\.start))
            #expect(fast.map(\.line) == plain.map(\.line))
        }
    }

    @Test(
        "Block masks mark words, symbols and line feeds, and fold bytes, as the byte-at-a-time rules do, on every path")
    func blockMasks() {
        var generator = SplitMix64(seed: 11)
        let symbols: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "#")]
        for round in 0..<500 {
            // Mostly text-like bytes, sometimes any byte at all.
            let block = (0..<64).map { _ in
                round % 5 == 0
                    ? UInt8.random(in: 0...255, using: &generator)
                    : Array("aZ09 .#\n\t-_é/+".utf8).randomElement(using: &generator)!
            }
            block.withUnsafeBytes { raw in
                symbols.withUnsafeBufferPointer { symbols in
                    var portableFolded = [UInt8](repeating: 0, count: 64)
                    var folded = [UInt8](repeating: 0, count: 64)
                    let portable = portableFolded.withUnsafeMutableBytes {
                        BlockMasks(lanes: raw.baseAddress!, symbols: symbols, folding: $0.baseAddress!)
                    }
                    for (index, byte) in block.enumerated() {
                        #expect((portable.word >> index & 1 == 1) == SkillExtractor.isWordByte(byte))
                        #expect((portable.symbol >> index & 1 == 1) == symbols.contains(byte))
                        #expect((portable.lineFeed >> index & 1 == 1) == (byte == 10))
                    }
                    let masks = folded.withUnsafeMutableBytes {
                        BlockMasks(raw.baseAddress!, symbols: symbols, folding: $0.baseAddress!)
                    }
                    #expect(masks == portable)
                    #expect(portableFolded == block.map(PatternTrie.fold))
                    #expect(folded == portableFolded)
                }
            }
        }
    }
}
