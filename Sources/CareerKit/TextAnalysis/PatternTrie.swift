/// The skill names as a byte trie with a dense child table. Letters are folded to lower case and runs of white
/// space read as one space. `scan` (in PatternTrie+Scan.swift) decides where walks start; this file builds the
/// trie and walks it from one place.
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
    /// Bytes that are not parts of words yet begin a name (the dot of ".NET").
    let symbolStarts: [UInt8]
    /// Lets the scan skip words that begin no name, and jump over those that do.
    let firstWords: FirstWords

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
        symbolStarts = Set(names.compactMap(\.first).filter { !SkillExtractor.isWordByte($0) }).sorted()
        firstWords = FirstWords(names: names) { word in
            word.reduce(0) { node, byte in Int(table[node * count + Int(classes[Int(byte)])]) }
        }
    }

    /// The tables as plain pointers, so the inner loops touch no reference counts.
    struct View {
        let classes: UnsafeBufferPointer<UInt8>
        let rowStart: UnsafeBufferPointer<Int32>
        let rows: UnsafeBufferPointer<UInt16>
        let only: UnsafeBufferPointer<UInt32>
        let nameEnding: UnsafeBufferPointer<Int32>

        /// Calls `found(name, start, end)` for every name the text holds from `start`, shortest first, going on
        /// from `node` at `position` when the first bytes are already known to lead there.
        @inline(__always)
        func walk(
            _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, node: Int = 0, at position: Int? = nil,
            _ found: (Int, Int, Int) -> Void
        ) {
            let space = classes[32]
            var node = node, position = position ?? start, previous: UInt8 = 0
            while position < bytes.count {
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
                if child == 0 { return }
                node = child
                let name = nameEnding[node]
                if name >= 0 { found(Int(name), start, position) }
            }
        }
    }

    /// Runs `body` with the tables as pointers.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        byteClass.withUnsafeBufferPointer { classes in
            rowStart.withUnsafeBufferPointer { rowStart in
                rows.withUnsafeBufferPointer { rows in
                    only.withUnsafeBufferPointer { only in
                        nameEnding.withUnsafeBufferPointer { nameEnding in
                            body(
                                View(
                                    classes: classes, rowStart: rowStart, rows: rows, only: only,
                                    nameEnding: nameEnding))
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
