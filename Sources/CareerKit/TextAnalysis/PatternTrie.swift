/// The skill names as a byte trie with a dense child table. Letters are folded to lower case and runs of white
/// space read as one space. `scan` (in PatternTrie+Scan.swift) decides where walks start; this file builds the
/// trie and walks it from one place.
struct PatternTrie: Sendable {
    /// Byte to class: bytes that occur in no name share class 0.
    let byteClass: [UInt8]
    let classCount: Int
    /// What a walk reads of a node, together so that a step touches one cache line.
    struct Node {
        /// Nodes with several children keep a dense row: `rows[rowStart + class]` is the child, 0 for none (the
        /// root is never a child); -1 when the node has at most one child.
        var rowStart: Int32 = -1
        /// The only child as child << 8 | class, or 0. Most nodes have one, so the trie stays small for the cache.
        var only: UInt32 = 0
        /// The name ending here, or -1.
        var nameEnding: Int32 = -1
    }
    let nodes: [Node]
    let rows: [UInt16]
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
        var nodes = ending.map { Node(nameEnding: $0) }
        var rows: [UInt16] = []
        for node in 0..<ending.count {
            let row = table[(node * count)..<((node + 1) * count)]
            let filled = row.enumerated().filter { $0.element != 0 }
            if filled.count > 1 || node == 0 {
                nodes[node].rowStart = Int32(rows.count)
                rows += row
            } else if let single = filled.first {
                nodes[node].only = UInt32(single.element) << 8 | UInt32(single.offset)
            }
        }
        self.nodes = nodes
        self.rows = rows
        symbolStarts = Set(names.compactMap(\.first).filter { !SkillExtractor.isWordByte($0) }).sorted()
        firstWords = FirstWords(names: names) { word in
            word.reduce(0) { node, byte in Int(table[node * count + Int(classes[Int(byte)])]) }
        }
    }

    /// The tables as plain pointers, so the inner loops touch no reference counts.
    struct View {
        let classes: UnsafeBufferPointer<UInt8>
        let nodes: UnsafeBufferPointer<Node>
        let rows: UnsafeBufferPointer<UInt16>

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
                let current = nodes[node]
                let child: Int
                if current.rowStart >= 0 {
                    child = Int(rows[Int(current.rowStart) &+ Int(symbol)])
                } else {
                    child = current.only & 0xFF == UInt32(symbol) ? Int(current.only >> 8) : 0
                }
                if child == 0 { return }
                node = child
                let name = nodes[node].nameEnding
                if name >= 0 { found(Int(name), start, position) }
            }
        }
    }

    /// Runs `body` with the tables as pointers.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        byteClass.withUnsafeBufferPointer { classes in
            nodes.withUnsafeBufferPointer { nodes in
                rows.withUnsafeBufferPointer { rows in body(View(classes: classes, nodes: nodes, rows: rows)) }
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
