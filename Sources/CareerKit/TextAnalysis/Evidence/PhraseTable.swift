/// Every phrase pattern laid out in flat arrays of plain numbers, matched straight on a text's bytes. The same
/// matching as `PhrasePattern.match` over `TextWords`, without copying words out or touching reference counts:
/// the scan tries a pattern at hundreds of words per text, and copying each window cost more than the matching.
struct PhraseTable: Sendable {
    /// One accepted word: `length` bytes of `letters` from `start`, whole or as a prefix.
    struct Choice: Sendable {
        let start: Int32
        let length: Int32
        let isPrefix: Bool
    }

    /// One word position: its choices, `choiceCount` from `firstChoice`, and how many words may come before it.
    struct Step: Sendable {
        let firstChoice: Int32
        let choiceCount: Int32
        let gapBefore: Int32
    }

    /// One pattern: `stepCount` steps from `firstStep`.
    struct Entry: Sendable {
        let firstStep: Int32
        let stepCount: Int32
    }

    private let letters: [UInt8]
    private let choices: [Choice]
    private let steps: [Step]
    private let entries: [Entry]

    /// The patterns, in the order given; a match reports a pattern by its index here.
    init(_ patterns: [PhrasePattern]) {
        var letters: [UInt8] = [], choices: [Choice] = [], steps: [Step] = [], entries: [Entry] = []
        for pattern in patterns {
            entries.append(Entry(firstStep: Int32(steps.count), stepCount: Int32(pattern.steps.count)))
            for step in pattern.steps {
                steps.append(
                    Step(
                        firstChoice: Int32(choices.count), choiceCount: Int32(step.choices.count),
                        gapBefore: Int32(step.gapBefore)))
                for choice in step.choices {
                    choices.append(
                        Choice(
                            start: Int32(letters.count), length: Int32(choice.bytes.count), isPrefix: choice.isPrefix))
                    letters += choice.bytes
                }
            }
        }
        self.letters = letters
        self.choices = choices
        self.steps = steps
        self.entries = entries
    }

    /// A view of the arrays for the length of one scan.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        letters.withUnsafeBufferPointer { letters in
            choices.withUnsafeBufferPointer { choices in
                steps.withUnsafeBufferPointer { steps in
                    entries.withUnsafeBufferPointer { entries in
                        body(View(letters: letters, choices: choices, steps: steps, entries: entries))
                    }
                }
            }
        }
    }

    /// The table as buffers, valid inside `withView`.
    struct View {
        let letters: UnsafeBufferPointer<UInt8>
        let choices: UnsafeBufferPointer<Choice>
        let steps: UnsafeBufferPointer<Step>
        let entries: UnsafeBufferPointer<Entry>

        /// Where the match of pattern `entry` ends when its first word is `text[first..<last]` (a word's bytes
        /// without its outer joiners) and the word's run of word bytes ends at `runEnd`; nil when it does not match.
        @inline(__always)
        func match(_ entry: Int, in text: UnsafeBufferPointer<UInt8>, first: Int, last: Int, runEnd: Int) -> Int? {
            let pattern = entries[entry]
            let step = Int(pattern.firstStep)
            guard accepts(step, text, first, last) else { return nil }
            return rest(step + 1, until: step + Int(pattern.stepCount), in: text, after: runEnd, previousEnd: last)
        }

        /// Steps `step..<end` matched word by word after `position`, where the previous word ended at `previousEnd`.
        private func rest(
            _ step: Int, until end: Int, in text: UnsafeBufferPointer<UInt8>, after position: Int, previousEnd: Int
        )
            -> Int?
        {
            guard step < end else { return previousEnd }
            var position = position
            for _ in 0...Int(steps[step].gapBefore) {
                // A gap never crosses the end of a sentence: "retrained it. Weekly standups" is not retraining.
                guard let word = Self.nextWord(in: text, from: position), !word.afterBreak else { return nil }
                if accepts(step, text, word.first, word.last),
                    let matchEnd = rest(step + 1, until: end, in: text, after: word.runEnd, previousEnd: word.last)
                {
                    return matchEnd
                }
                position = word.runEnd
            }
            return nil
        }

        /// Whether one of step `step`'s choices accepts `text[first..<last]`, folding its case on the way.
        @inline(__always)
        private func accepts(_ step: Int, _ text: UnsafeBufferPointer<UInt8>, _ first: Int, _ last: Int) -> Bool {
            let step = steps[step]
            let length = last - first
            for index in Int(step.firstChoice)..<Int(step.firstChoice + step.choiceCount) {
                let choice = choices[index]
                let wanted = Int(choice.length)
                guard choice.isPrefix ? length >= wanted : length == wanted else { continue }
                var offset = 0
                while offset < wanted, TextWords.folded(text[first + offset]) == letters[Int(choice.start) + offset] {
                    offset += 1
                }
                if offset == wanted { return true }
            }
            return false
        }

        /// The next word at or after `position` as `TextWords` reads it: a run of word bytes without its outer
        /// joiners (possibly empty, as in " - "), where the run ends, and whether a sentence ended before it.
        @inline(__always)
        static func nextWord(
            in text: UnsafeBufferPointer<UInt8>, from position: Int
        )
            -> (first: Int, last: Int, runEnd: Int, afterBreak: Bool)?
        {
            var cursor = position, afterBreak = false
            while cursor < text.count, !TextWords.isWordByte(TextWords.folded(text[cursor])) {
                let byte = text[cursor]
                afterBreak = afterBreak || byte == 46 || byte == 33 || byte == 63 || byte == 59 || byte == 10
                cursor += 1
            }
            guard cursor < text.count else { return nil }
            var first = cursor
            while cursor < text.count, TextWords.isWordByte(TextWords.folded(text[cursor])) { cursor += 1 }
            var last = cursor
            while first < last, TextWords.isJoiner(text[first]) { first += 1 }
            while last > first, TextWords.isJoiner(text[last - 1]) { last -= 1 }
            return (first, last, cursor, afterBreak)
        }
    }
}
