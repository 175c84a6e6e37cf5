/// The cue words of one ambiguity rule, as hashes of whole words: a word of the text is hashed from its first
/// sixteen bytes and its length with two loads, not byte by byte, and a 64-bit summary of the hashes turns most
/// words away with one test. Runs for every ambiguous mention, so it is kept cheap.
struct CueWords: Sendable {
    /// Hashes of one-word cues and of two-word cues ("big data").
    let words: [UInt64]
    let pairs: [UInt64]
    /// Bit `hash >> 58` of every hash above.
    let summary: UInt64

    /// Hashes `cues`, compared without regard to ASCII case; cues of three or more words never match.
    init(_ cues: [String]) {
        var words: [UInt64] = []
        var pairs: [UInt64] = []
        for cue in cues {
            let parts = cue.split(separator: " ").map { Self.hash(Array($0.utf8)) }
            if parts.count == 1 { words.append(parts[0]) }
            if parts.count == 2 { pairs.append(Self.pair(parts[0], parts[1])) }
        }
        self.words = words
        self.pairs = pairs
        summary = (words + pairs).reduce(0) { $0 | 1 << ($1 >> 58) }
    }

    var isEmpty: Bool { words.isEmpty && pairs.isEmpty }

    /// Whether a cue appears among the words of `window` (words are cut at its edges).
    func appear(in bytes: UnsafeBufferPointer<UInt8>, _ window: Range<Int>) -> Bool {
        var position = window.lowerBound
        var previous: UInt64?
        while position < window.upperBound {
            guard SkillExtractor.isWordByte(bytes[position]) else {
                position += 1
                continue
            }
            let start = position
            while position < window.upperBound, SkillExtractor.isWordByte(bytes[position]) { position += 1 }
            let word = Self.hash(bytes, start, position - start)
            if has(word, in: words) { return true }
            if let previous, has(Self.pair(previous, word), in: pairs) { return true }
            previous = word
        }
        return false
    }

    @inline(__always)
    private func has(_ hash: UInt64, in hashes: [UInt64]) -> Bool {
        summary >> (hash >> 58) & 1 == 1 && hashes.contains(hash)
    }

    /// The hash of the `length` bytes at `start`, lower-cased.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt64 {
        let low = ByteLanes.lowercased(ByteLanes.load(bytes, start)) & ByteLanes.first(length)
        let high = length > 8 ? ByteLanes.lowercased(ByteLanes.load(bytes, start + 8)) & ByteLanes.first(length - 8) : 0
        return mix(low, high, length)
    }

    static func hash(_ word: [UInt8]) -> UInt64 {
        word.withUnsafeBufferPointer { hash($0, 0, $0.count) }
    }

    @inline(__always)
    private static func mix(_ low: UInt64, _ high: UInt64, _ length: Int) -> UInt64 {
        ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)) &* 0xFF51_AFD7_ED55_8CCD
    }

    @inline(__always)
    private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        ((first &* 0xC4CE_B9FE_1A85_EC53) ^ second) &* 0x9E37_79B9_7F4A_7C15
    }
}
