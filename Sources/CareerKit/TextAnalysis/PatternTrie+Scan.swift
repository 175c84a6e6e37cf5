extension PatternTrie {
    /// Calls `found(name, start, end, line)` for every name the text holds where a name may begin, in order of start;
    /// `line` counts from 1.
    /// A name begins at the start of a word or at one of `symbolStarts`, never inside a word. The text is read
    /// 64 bytes at a time into bit masks of those places; each word is then checked against the first words of the
    /// names (`FirstWordFilter`), and only the few that pass walk the trie. One pass, whatever the number of names.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int, Int, Int) -> Void) {
        guard !bytes.isEmpty else { return }
        let blocks = (bytes.count + 63) / 64
        // One spare word mask past the end, so a word's length can always look one block ahead.
        // The folded copy has 64 zero bytes past the last block, so reads a little past a word need no checks.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * blocks + 1 + (blocks + 1) * 8) { masks in
            let words = UnsafeMutableBufferPointer(rebasing: masks[0...blocks])
            let starts = UnsafeMutableBufferPointer(rebasing: masks[(blocks + 1)..<(2 * blocks + 1)])
            let lineFeeds = UnsafeMutableBufferPointer(rebasing: masks[(2 * blocks + 1)..<(3 * blocks + 1)])
            let folded = UnsafeMutableRawPointer(masks.baseAddress! + 3 * blocks + 1)
            mark(bytes, words: words, starts: starts, lineFeeds: lineFeeds, folded: folded)
            var lineOfBlock = 1
            let longestWord = firstWords.longestWord
            firstWords.withView { firstWords in
                withView { trie in
                    for block in 0..<blocks {
                        // First every word of the block against the filter, without branching on the answers.
                        let wordStarts = starts[block] & words[block]
                        var candidates = starts[block] & ~words[block]
                        var pending = wordStarts
                        while pending != 0 {
                            let offset = pending.trailingZeroBitCount
                            pending &= pending &- 1
                            let start = block << 6 | offset
                            let length = Self.wordLength(words, block, offset)
                            let head = folded.loadUnaligned(fromByteOffset: start, as: UInt32.self).littleEndian
                            let kept = UInt32(truncatingIfNeeded: ByteLanes.first(length))
                            let follow = folded.loadUnaligned(fromByteOffset: start &+ length, as: UInt16.self)
                                .littleEndian
                            let pass = firstWords.mayBegin(
                                head: head & kept, length: length, next: UInt8(truncatingIfNeeded: follow),
                                after: UInt8(truncatingIfNeeded: follow >> 8))
                            candidates |= (length <= longestWord ? pass : 0) << offset
                        }
                        // Then the few that passed, and the symbols.
                        while candidates != 0 {
                            let offset = candidates.trailingZeroBitCount
                            candidates &= candidates &- 1
                            let start = block << 6 | offset
                            let line = lineOfBlock + (lineFeeds[block] & ((1 << offset) &- 1)).nonzeroBitCount
                            let length = Self.wordLength(words, block, offset)
                            guard words[block] >> offset & 1 == 1, length <= FirstWords.longestTabled else {
                                trie.walk(bytes, from: start) { found($0, $1, $2, line) }
                                continue
                            }
                            Self.jump(
                                over: FirstWords.Word(folded, at: start, length: length), at: start, in: bytes,
                                firstWords, trie
                            ) { found($0, $1, $2, line) }
                        }
                        lineOfBlock += lineFeeds[block].nonzeroBitCount
                    }
                }
            }
        }
    }

    /// Reports what the word at `start` names by itself (as a plural too), then walks on from its trie node
    /// into the words after it. Names ending inside the word are skipped: they could not be whole words.
    @inline(__always)
    private static func jump(
        over word: FirstWords.Word, at start: Int, in bytes: UnsafeBufferPointer<UInt8>, _ firstWords: FirstWords.View,
        _ trie: View, _ found: (Int, Int, Int) -> Void
    ) {
        if word.length >= 4, word.lastByte == UInt8(ascii: "s"), let node = firstWords.node(of: word.droppingLast) {
            let name = trie.nodes[node].nameEnding
            if name >= 0 { found(Int(name), start, start + word.length - 1) }
        }
        guard let node = firstWords.node(of: word) else { return }
        let name = trie.nodes[node].nameEnding
        if name >= 0 { found(Int(name), start, start + word.length) }
        trie.walk(bytes, from: start, node: node, at: start + word.length, found)
    }

    /// Fills `words` (a bit per byte that is part of a word), `starts` (a bit per place a name may begin),
    /// `lineFeeds`, and `folded` with the text as names spell it (`PatternTrie.fold`) and 64 zeros after.
    private func mark(
        _ bytes: UnsafeBufferPointer<UInt8>, words: UnsafeMutableBufferPointer<UInt64>,
        starts: UnsafeMutableBufferPointer<UInt64>, lineFeeds: UnsafeMutableBufferPointer<UInt64>,
        folded: UnsafeMutableRawPointer
    ) {
        symbolStarts.withUnsafeBufferPointer { symbols in
            // The last block, padded with zeros (neither words nor symbols) to 64 bytes.
            withUnsafeTemporaryAllocation(byteCount: 64, alignment: 16) { tail in
                let fullBlocks = bytes.count / 64
                tail.initializeMemory(as: UInt8.self, repeating: 0)
                UnsafeMutableRawBufferPointer(tail).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[(fullBlocks * 64)...]))
                var previousWasWord: UInt64 = 0
                for block in 0..<starts.count {
                    let masks = BlockMasks(
                        block < fullBlocks
                            ? UnsafeRawPointer(bytes.baseAddress! + block << 6) : UnsafeRawPointer(tail.baseAddress!),
                        symbols: symbols, folding: folded + block << 6)
                    words[block] = masks.word
                    lineFeeds[block] = masks.lineFeed
                    starts[block] = (masks.word & ~(masks.word << 1 | previousWasWord)) | masks.symbol
                    previousWasWord = masks.word >> 63
                }
                words[starts.count] = 0
                (folded + starts.count << 6).initializeMemory(as: UInt8.self, repeating: 0, count: 64)
            }
        }
    }

    /// The length of the word whose first byte is bit `offset` of `words[block]`, up to 64.
    @inline(__always)
    private static func wordLength(_ words: UnsafeMutableBufferPointer<UInt64>, _ block: Int, _ offset: Int) -> Int {
        let ahead = offset == 0 ? 0 : words[block + 1] << (64 - offset)
        return (~(words[block] >> offset | ahead)).trailingZeroBitCount
    }
}
