/// A phrase that shows a skill in described work, such as "retrain* ... weekly|nightly": words in order, where
/// `word*` matches any word that starts so, `a|b` matches either word, and `...` allows up to four words between.
/// Matched against a text's lower-case words (`TextWords`), so case and punctuation do not matter.
public struct PhrasePattern: Sendable, Hashable {
    /// One word position: the words it accepts, and how many words may come before it after the previous one.
    struct Step: Sendable, Hashable {
        let choices: [Choice]
        let gapBefore: Int
    }

    /// One accepted word, whole or as a prefix.
    struct Choice: Sendable, Hashable {
        let bytes: [UInt8]
        let isPrefix: Bool

        func accepts(_ word: ArraySlice<UInt8>) -> Bool {
            isPrefix ? word.starts(with: bytes) : word.elementsEqual(bytes)
        }

        /// The same for a word as written, `text[start..<end]`, folding its case on the way.
        func accepts(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
            guard isPrefix ? end - start >= bytes.count : end - start == bytes.count else { return false }
            for offset in 0..<bytes.count where TextWords.folded(text[start + offset]) != bytes[offset] {
                return false
            }
            return true
        }
    }

    /// A word's first two bytes as one number (a one-byte word pads with 0), for indexing patterns by where they
    /// can start; every pattern word has at least two bytes or is matched whole.
    static func startKey(_ word: ArraySlice<UInt8>) -> UInt16 {
        guard let first = word.first else { return 0 }
        let second = word.count > 1 ? word[word.startIndex + 1] : 0
        return UInt16(first) << 8 | UInt16(second)
    }

    /// How many words `...` may stand for.
    static let gap = 4

    let steps: [Step]
    /// The most words a match can span, gaps included.
    var span: Int { steps.reduce(0) { $0 + 1 + $1.gapBefore } }
    /// The pattern as written, for messages.
    public let text: String

    /// Reads a pattern; nil when it has no words, starts or ends with a gap, or holds an empty choice.
    public init?(_ text: String) {
        var steps: [Step] = []
        var gap = 0
        for piece in text.lowercased().split(separator: " ") {
            if piece == "..." {
                guard !steps.isEmpty else { return nil }
                gap = Self.gap
                continue
            }
            var choices: [Choice] = []
            for option in piece.split(separator: "|", omittingEmptySubsequences: false) {
                let isPrefix = option.hasSuffix("*")
                let word = Array((isPrefix ? option.dropLast() : option).utf8)
                // A prefix of one byte would defeat the index by first two bytes (`startKey`).
                guard !word.isEmpty, word.allSatisfy(TextWords.isWordByte), !isPrefix || word.count >= 2 else {
                    return nil
                }
                choices.append(Choice(bytes: word, isPrefix: isPrefix))
            }
            steps.append(Step(choices: choices, gapBefore: gap))
            gap = 0
        }
        guard !steps.isEmpty, gap == 0 else { return nil }
        self.steps = steps
        self.text = text
    }

    /// The index of the last word of a match that starts at word `start`, if the pattern matches there.
    func match(in words: TextWords, at start: Int) -> Int? {
        guard steps[0].choices.contains(where: { $0.accepts(words.word(start)) }) else { return nil }
        return rest(in: words, step: 1, after: start)
    }

    private func rest(in words: TextWords, step: Int, after previous: Int) -> Int? {
        guard step < steps.count else { return previous }
        let current = steps[step]
        let last = min(words.count - 1, previous + 1 + current.gapBefore)
        guard previous + 1 <= last else { return nil }
        for index in (previous + 1)...last where current.choices.contains(where: { $0.accepts(words.word(index)) }) {
            // A gap never crosses the end of a sentence: "retrained it. Weekly standups" is not retraining.
            if words.sentenceBreak(between: previous, and: index) { return nil }
            if let end = rest(in: words, step: step + 1, after: index) { return end }
        }
        return nil
    }
}
