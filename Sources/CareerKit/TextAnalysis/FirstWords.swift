/// The first words of the names that begin with a letter or digit ("machine" of "machine learning"), so the scan
/// can treat a text's word as a whole: a filter most words fail, and a table from each first word to the trie
/// node it leads to, which saves walking the trie a byte at a time through it.
struct FirstWords: Sendable {
    /// A word as the scan reads it: its lower-cased bytes in two lanes (zeros past its end) and its length.
    struct Word: Equatable {
        var low: UInt64
        var high: UInt64
        var length: Int

        /// The word of `length` bytes at `start` of a folded text (see `BlockMasks`); only the first 16 bytes count.
        @inline(__always)
        init(_ folded: UnsafeRawPointer, at start: Int, length: Int) {
            low = folded.loadUnaligned(fromByteOffset: start, as: UInt64.self).littleEndian & ByteLanes.first(length)
            high =
                length > 8
                ? folded.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self).littleEndian
                    & ByteLanes.first(length - 8)
                : 0
            self.length = length
        }

        init(_ word: ArraySlice<UInt8>) {
            low = 0
            high = 0
            for (offset, byte) in word.prefix(16).enumerated() {
                if offset < 8 {
                    low |= UInt64(byte) << (offset * 8)
                } else {
                    high |= UInt64(byte) << ((offset - 8) * 8)
                }
            }
            length = word.count
        }

        /// The word without its last byte.
        @inline(__always)
        var droppingLast: Word {
            var shorter = self
            shorter.length -= 1
            shorter.low &= ByteLanes.first(shorter.length)
            shorter.high &= shorter.length > 8 ? ByteLanes.first(shorter.length - 8) : 0
            return shorter
        }

        @inline(__always)
        var lastByte: UInt8 {
            let index = length - 1
            return UInt8(truncatingIfNeeded: (index < 8 ? low >> (index * 8) : high >> ((index - 8) * 8)))
        }

        /// The table's hash: every byte kept.
        @inline(__always)
        var tableHash: Int {
            Int(
                truncatingIfNeeded: ((low &* 0x9E37_79B9_7F4A_7C15) ^ (high &+ UInt64(length)) &* 0xC2B2_AE3D_27D4_EB4F)
                    >> 40)
        }
    }

    let filter: FirstWordFilter
    /// Open addressing over `words`: a slot holds an index + 1, or 0 when empty.
    let slots: [UInt16]
    let words: [Word]
    let nodes: [Int32]
    /// Longer words are walked byte by byte (no name's first word is longer than 16 bytes in practice).
    static let longestTabled = 16
    /// No name's first word is longer (plural included); longer words are passed at once.
    let longestWord: Int

    /// Indexes the first words of `names` (lower-case UTF-8); `node` gives the trie node a word leads to.
    init(names: [[UInt8]], node: (ArraySlice<UInt8>) -> Int) {
        var longest = 0
        var firsts: [ArraySlice<UInt8>: Int] = [:]
        for name in names {
            let word = name.prefix(while: SkillExtractor.isWordByte)
            guard !word.isEmpty else { continue }
            // One more for a plural.
            longest = max(longest, word.count + 1)
            if word.count <= Self.longestTabled, firsts[word] == nil { firsts[word] = node(word) }
        }
        let capacity = max(16, (firsts.count * 4).nextPowerOfTwo)
        var slots = [UInt16](repeating: 0, count: capacity)
        var words: [Word] = []
        var nodes: [Int32] = []
        for (word, node) in firsts.sorted(by: { $0.value < $1.value }) {
            let entry = Word(word)
            var slot = entry.tableHash & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            words.append(entry)
            nodes.append(Int32(node))
            slots[slot] = UInt16(words.count)
        }
        filter = FirstWordFilter(names: names)
        self.slots = slots
        self.words = words
        self.nodes = nodes
        longestWord = longest
    }
}

extension Int {
    fileprivate var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}

extension FirstWords {
    /// The filter and table as plain pointers for the scan's inner loop.
    struct View {
        let filter: UnsafeBufferPointer<UInt64>
        let slots: UnsafeBufferPointer<UInt16>
        let words: UnsafeBufferPointer<Word>
        let nodes: UnsafeBufferPointer<Int32>

        /// 1 when a word may begin a name (see `FirstWordFilter`), 0 when it cannot.
        @inline(__always)
        func mayBegin(head: UInt32, length: Int, next: UInt8, after: UInt8) -> UInt64 {
            let whole = FirstWordFilter.wholeKey(head: head, length: length)
            let followed = FirstWordFilter.followedKey(head: head, length: length, next: next, after: after)
            return (filter[whole >> 6] >> (whole & 63) | filter[followed >> 6] >> (followed & 63)) & 1
        }

        /// The trie node `word` leads to, or nil when it is no name's first word.
        @inline(__always)
        func node(of word: Word) -> Int? {
            let mask = slots.count - 1
            var slot = word.tableHash & mask
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                if words[entry - 1] == word { return Int(nodes[entry - 1]) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Runs `body` with the filter and table as pointers.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        filter.bits.withUnsafeBufferPointer { filter in
            slots.withUnsafeBufferPointer { slots in
                words.withUnsafeBufferPointer { words in
                    nodes.withUnsafeBufferPointer { nodes in
                        body(View(filter: filter, slots: slots, words: words, nodes: nodes))
                    }
                }
            }
        }
    }
}
