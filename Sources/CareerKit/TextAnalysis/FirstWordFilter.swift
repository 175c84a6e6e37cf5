/// Bits that say whether a text's word may begin a name, from its length, its first four bytes and the two bytes
/// after it. A word passes when some name is that word alone (or its plural), or when some name goes on after it
/// with those two bytes ("a/b testing" wants "a" then "/b"; "data drift" wants "data" then " d"). Most words of a
/// text, and most of the common ones that begin longer names, fail, and the scan never walks the trie for them.
struct FirstWordFilter: Sendable {
    static let bitCount = 1 << 17
    let bits: [UInt64]

    /// Sets the bits for `names` (lower-case UTF-8, white space as single spaces).
    init(names: [[UInt8]]) {
        var bits = [UInt64](repeating: 0, count: Self.bitCount / 64)
        func set(_ key: Int) { bits[key >> 6] |= 1 << (key & 63) }
        for name in names {
            let word = name.prefix(while: SkillExtractor.isWordByte)
            guard !word.isEmpty else { continue }
            let head = Self.head(word)
            guard word.count < name.count else {
                set(Self.wholeKey(head: head, length: word.count))
                // A plain plural of a one-word name ("LLMs") is matched too; see SkillExtractor.wholeWordMatches.
                if word.count >= 3 {
                    set(Self.wholeKey(head: Self.head(word + [UInt8(ascii: "s")]), length: word.count + 1))
                }
                continue
            }
            let next = name[word.count]
            // A name ending one byte after its first word ("C#") may be followed by anything.
            let afters: [UInt8] =
                word.count + 1 < name.count ? [name[word.count + 1]] : Array(0...255).map(PatternTrie.fold)
            for after in afters {
                set(Self.followedKey(head: head, length: word.count, next: next, after: after))
                // Runs of white space in a text read as one space in a name.
                if next == 32 { set(Self.followedKey(head: head, length: word.count, next: 32, after: 32)) }
            }
        }
        self.bits = bits
    }

    /// The lower-cased first bytes (up to four) of a word, lowest first.
    static func head<Bytes: Collection<UInt8>>(_ word: Bytes) -> UInt32 {
        word.prefix(4).enumerated().reduce(0) { $0 | UInt32($1.element) << ($1.offset * 8) }
    }

    @inline(__always)
    static func wholeKey(head: UInt32, length: Int) -> Int {
        Int(truncatingIfNeeded: ((UInt64(head) << 32 | UInt64(length)) &* 0x9E37_79B9_7F4A_7C15) >> 47)
    }

    @inline(__always)
    static func followedKey(head: UInt32, length: Int, next: UInt8, after: UInt8) -> Int {
        let packed = UInt64(head) << 32 | UInt64(next) << 24 | UInt64(after) << 16 | 0x8000 | UInt64(length)
        return Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 47)
    }
}
