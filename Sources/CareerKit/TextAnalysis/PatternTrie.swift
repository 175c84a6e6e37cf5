/// The skill names as a byte trie with a dense child table, walked from every place a name may begin (the
/// start of a word, or a symbol such as the dot of ".NET"). A name that starts with a letter cannot begin inside a
/// word, so a scan walks each word once and skips the rest of it: one pass over the text whatever the number of
/// names. Letters are folded to lower case and runs of white space read as one space.
struct PatternTrie: Sendable {
    /// Byte to class: bytes that occur in no name share class 0.
    let byteClass: [UInt8]
    let classCount: Int
    /// Nodes with several children keep a dense row: `rows[rowStart[node] + class]` is the child, 0 for none
    /// (the root is never a child). Most nodes have one child, kept as `only[node]` = child << 8 | class, so the
    /// whole trie stays small enough for the cache.
    let rowStart: [Int32]
    let rows: [UInt16]
    let only: [UInt32]
    /// The name ending at each node, or -1.
    let nameEnding: [Int32]
    /// Whether a byte is part of a word: letters, digits and every byte of a non-ASCII character.
    let isWordByte: [Bool]

    /// Builds the trie from names given as lower-case UTF-8, each distinct.
    init(names: [[UInt8]]) {
        var classes = [UInt8](repeating: 0, count: 256)
        var count = 1
        for name in names {
            for byte in name where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(count)
                count += 1
            }
        }
        for byte in 0..<256 { classes[byte] = classes[Int(Self.fold(UInt8(byte)))] }
        byteClass = classes
        classCount = count
        var table = [UInt16](repeating: 0, count: count)
        var ending: [Int32] = [-1]
        for (index, name) in names.enumerated() {
            var node = 0
            for byte in name {
                let slot = node * count + Int(classes[Int(byte)])
                if table[slot] == 0 {
                    precondition(ending.count < Int(UInt16.max), "too many trie nodes for 16-bit links")
                    table[slot] = UInt16(ending.count)
                    ending.append(-1)
                    table += [UInt16](repeating: 0, count: count)
                }
                node = Int(table[slot])
            }
            ending[node] = Int32(index)
        }
        // Compact the build table: dense rows only where a node branches.
        var rowStart = [Int32](repeating: -1, count: ending.count)
        var rows: [UInt16] = []
        var only = [UInt32](repeating: 0, count: ending.count)
        for node in 0..<ending.count {
            let row = table[(node * count)..<((node + 1) * count)]
            let filled = row.enumerated().filter { $0.element != 0 }
            if filled.count > 1 || node == 0 {
                rowStart[node] = Int32(rows.count)
                rows += row
            } else if let single = filled.first {
                only[node] = UInt32(single.element) << 8 | UInt32(single.offset)
            }
        }
        self.rowStart = rowStart
        self.rows = rows
        self.only = only
        nameEnding = ending
        isWordByte = (0..<256).map { SkillExtractor.isWordByte(UInt8($0)) }
    }

    /// Calls `found(name, start, end)` for every name the text holds at a place a name may begin.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int, Int) -> Void) {
        rows.withUnsafeBufferPointer { rows in
            rowStart.withUnsafeBufferPointer { rowStart in
                only.withUnsafeBufferPointer { only in
                    byteClass.withUnsafeBufferPointer { classes in
                        isWordByte.withUnsafeBufferPointer { isWord in
                            nameEnding.withUnsafeBufferPointer { nameEnding in
                                // Locals only in the loop: reading stored arrays there would cost reference counting per byte.
                                let space = classes[32]
                                let count = bytes.count
                                var start = 0
                                while start < count {
                                    var node = 0, position = start, previous: UInt8 = 0
                                    while position < count {
                                        let symbol = classes[Int(bytes[position])]
                                        position += 1
                                        if symbol == space, previous == space, space != 0 { continue }
                                        previous = symbol
                                        let rowOffset = Int(rowStart[node])
                                        let child: Int
                                        if rowOffset >= 0 {
                                            child = Int(rows[rowOffset &+ Int(symbol)])
                                        } else {
                                            let single = only[node]
                                            child = single & 0xFF == UInt32(symbol) ? Int(single >> 8) : 0
                                        }
                                        if child == 0 { break }
                                        node = child
                                        let name = nameEnding[node]
                                        if name >= 0 { found(Int(name), start, position) }
                                    }
                                    // A name never begins inside a word: skip to the word's end.
                                    if isWord[Int(bytes[start])] {
                                        start += 1
                                        while start < count, isWord[Int(bytes[start])] { start += 1 }
                                    } else {
                                        start += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// ASCII letters to lower case, every white-space byte to a space.
    static func fold(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 65...90: byte + 32
        case 9, 10, 11, 12, 13: 32
        default: byte
        }
    }
}
