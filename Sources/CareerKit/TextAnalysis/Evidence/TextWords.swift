/// A text's words, lower-cased, with their byte spans and lines: what phrase patterns are matched against.
/// A word is a run of letters, digits and the joiners that stay inside names ("a/b", "blue-green", "c++").
public struct TextWords: Sendable {
    /// The folded bytes of the text: ASCII letters lower-cased, everything else as it was.
    private let folded: [UInt8]
    private let spans: [(start: Int, end: Int)]
    private let lines: [Int]
    /// Word indexes after which a sentence ends (".", "!", "?", ";" or a line feed follows the word).
    private let ends: Set<Int>

    /// The words of `text`.
    public init(_ text: String) {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var spans: [(Int, Int)] = []
        var lines: [Int] = []
        var ends = Set<Int>()
        var line = 1
        var start: Int?
        for (offset, byte) in text.utf8.enumerated() {
            let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
            folded.append(lowered)
            if Self.isWordByte(lowered) {
                if start == nil { start = offset }
                continue
            }
            if let begun = start {
                spans.append(Self.trimmed(begun, offset, in: folded))
                lines.append(line)
                start = nil
            }
            if byte == 10 { line += 1 }
            if !spans.isEmpty, byte == 46 || byte == 33 || byte == 63 || byte == 59 || byte == 10 {
                ends.insert(spans.count - 1)
            }
        }
        if let begun = start {
            spans.append(Self.trimmed(begun, folded.count, in: folded))
            lines.append(line)
        }
        self.folded = folded
        self.spans = spans
        self.lines = lines
        self.ends = ends
    }

    /// Bytes that belong to words: letters (and every non-ASCII byte), digits, and "/", "-", "+", "#", "'".
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 128 || byte == 47 || byte == 45
            || byte == 43 || byte == 35 || byte == 39
    }

    /// A span without joiners at its ends ("-" in "- item", "'" in "'quoted'").
    private static func trimmed(_ start: Int, _ end: Int, in bytes: [UInt8]) -> (Int, Int) {
        var start = start, end = end
        while start < end, [47, 45, 39].contains(bytes[start]) { start += 1 }
        while end > start, [47, 45, 39].contains(bytes[end - 1]) { end -= 1 }
        return (start, max(start, end))
    }

    /// How many words there are.
    public var count: Int { spans.count }

    /// The folded bytes of word `index`.
    func word(_ index: Int) -> ArraySlice<UInt8> { folded[spans[index].start..<spans[index].end] }

    /// Byte offsets of word `index` in the text's UTF-8.
    func span(_ index: Int) -> (start: Int, end: Int) { spans[index] }

    /// The line of word `index`, counting from 1.
    func line(_ index: Int) -> Int { lines[index] }

    /// Whether a sentence ends between two words.
    func sentenceBreak(between first: Int, and second: Int) -> Bool {
        (first..<second).contains { ends.contains($0) }
    }
}
