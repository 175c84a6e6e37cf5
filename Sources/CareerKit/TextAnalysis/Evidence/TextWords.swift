/// A text's words, lower-cased, with their byte spans and lines: what phrase patterns are matched against.
/// A word is a run of letters, digits and the joiners that stay inside names ("a/b", "blue-green", "c++").
public struct TextWords: Sendable {
    /// The text's bytes as written, and folded: ASCII letters lower-cased, everything else as it was.
    let original: [UInt8]
    private let folded: [UInt8]
    /// Per word: start and end byte offsets, its line, and whether a sentence ends right after it.
    private let starts: [Int32]
    private let ends: [Int32]
    private let lines: [Int32]
    private let endsSentence: [Bool]

    /// The words of `text`.
    public init(_ text: String) {
        let original = Array(text.utf8)
        var folded = original
        var starts: [Int32] = [], ends: [Int32] = [], lines: [Int32] = [], endsSentence: [Bool] = []
        starts.reserveCapacity(original.count / 5)
        ends.reserveCapacity(original.count / 5)
        var line: Int32 = 1
        var start = -1
        var offset = 0
        // One pass over the bytes; indexing a flat array keeps it well away from String's iterators.
        while offset <= original.count {
            let byte: UInt8 = offset < original.count ? original[offset] : 32
            let lowered = byte &- 65 < 26 ? byte &+ 32 : byte
            if offset < original.count { folded[offset] = lowered }
            if Self.isWordByte(lowered) {
                if start < 0 { start = offset }
            } else {
                if start >= 0 {
                    var first = start, last = offset
                    while first < last, Self.isJoiner(folded[first]) { first += 1 }
                    while last > first, Self.isJoiner(folded[last - 1]) { last -= 1 }
                    starts.append(Int32(first))
                    ends.append(Int32(last))
                    lines.append(line)
                    endsSentence.append(false)
                    start = -1
                }
                if byte == 10 { line += 1 }
                if !endsSentence.isEmpty, byte == 46 || byte == 33 || byte == 63 || byte == 59 || byte == 10 {
                    endsSentence[endsSentence.count - 1] = true
                }
            }
            offset += 1
        }
        self.original = original
        self.folded = folded
        self.starts = starts
        self.ends = ends
        self.lines = lines
        self.endsSentence = endsSentence
    }

    /// Bytes that belong to words: letters (and every non-ASCII byte), digits, and "/", "-", "+", "#", "'".
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 128 || byte == 47 || byte == 45
            || byte == 43 || byte == 35 || byte == 39
    }

    /// Joiners that do not start or end a word ("-" in "- item", "'" in "'quoted'").
    private static func isJoiner(_ byte: UInt8) -> Bool { byte == 47 || byte == 45 || byte == 39 }

    /// How many words there are.
    public var count: Int { starts.count }

    /// The folded bytes of word `index`.
    func word(_ index: Int) -> ArraySlice<UInt8> { folded[Int(starts[index])..<Int(ends[index])] }

    /// The text as written from the start of one word to the end of another.
    func phrase(from first: Int, to last: Int) -> String {
        String(decoding: original[Int(starts[first])..<Int(ends[last])], as: UTF8.self)
    }

    /// The line of word `index`, counting from 1.
    func line(_ index: Int) -> Int { Int(lines[index]) }

    /// Whether a sentence ends between two words.
    func sentenceBreak(between first: Int, and second: Int) -> Bool {
        (first..<second).contains { endsSentence[$0] }
    }
}
