/// A text's words, lower-cased, with their byte spans and lines: what phrase patterns are matched against.
/// A word is a run of letters, digits and the joiners that stay inside names ("a/b", "blue-green", "c++").
public struct TextWords: Sendable {
    /// The text's bytes as written, and folded: ASCII letters lower-cased, everything else as it was.
    private var original: [UInt8]
    private var folded: [UInt8]
    /// Per word: start and end byte offsets, its line, and whether a sentence ends right after it.
    private var starts: [Int32]
    private var ends: [Int32]
    private var lines: [Int32]
    private var endsSentence: [Bool]

    /// The words of `text`.
    public init(_ text: String) {
        var text = text
        var words = Self()
        text.withUTF8 { words.read($0, from: 0, line: 1, maxWords: .max) }
        self = words
    }

    /// No words; `read` fills it.
    init() {
        original = []
        folded = []
        starts = []
        ends = []
        lines = []
        endsSentence = []
    }

    /// Replaces the words with the first `maxWords` words of `bytes` from `offset` (a word's start), on lines
    /// counted from `line`: what a phrase pattern needs around one candidate word. The storage is kept, since the
    /// scan reads a window at hundreds of candidate words per text and allocating each cost more than matching.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, line: Int, maxWords: Int) {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        endsSentence.removeAll(keepingCapacity: true)
        var line = Int32(line)
        var start = -1
        var cursor = offset
        // One pass over the bytes; indexing a flat buffer keeps it well away from String's iterators.
        while cursor <= bytes.count {
            let byte: UInt8 = cursor < bytes.count ? bytes[cursor] : 32
            if Self.isWordByte(Self.folded(byte)) {
                if start < 0 {
                    if starts.count == maxWords { break }
                    start = cursor
                }
            } else {
                if start >= 0 {
                    var first = start, last = cursor
                    while first < last, Self.isJoiner(bytes[first]) { first += 1 }
                    while last > first, Self.isJoiner(bytes[last - 1]) { last -= 1 }
                    starts.append(Int32(first - offset))
                    ends.append(Int32(last - offset))
                    lines.append(line)
                    endsSentence.append(false)
                    start = -1
                }
                if byte == 10 { line += 1 }
                if !endsSentence.isEmpty, byte == 46 || byte == 33 || byte == 63 || byte == 59 || byte == 10 {
                    endsSentence[endsSentence.count - 1] = true
                }
            }
            cursor += 1
        }
        let window = bytes[offset..<min(cursor, bytes.count)]
        original.removeAll(keepingCapacity: true)
        original.append(contentsOf: window)
        folded.removeAll(keepingCapacity: true)
        folded.append(contentsOf: window.lazy.map(Self.folded))
    }

    /// ASCII letters lower-cased, every other byte as it is.
    @inline(__always) static func folded(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte &+ 32 : byte }

    /// Bytes that belong to words: letters (and every non-ASCII byte), digits, and "/", "-", "+", "#", "'".
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 128 || byte == 47 || byte == 45
            || byte == 43 || byte == 35 || byte == 39
    }

    /// Joiners that do not start or end a word ("-" in "- item", "'" in "'quoted'").
    static func isJoiner(_ byte: UInt8) -> Bool { byte == 47 || byte == 45 || byte == 39 }

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
