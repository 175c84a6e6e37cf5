/// An Aho-Corasick automaton over bytes, compiled into a dense transition table, so that text is scanned once
/// whatever the number of patterns. Letters are folded to lower case and all white space to one space by the
/// byte-class table, so patterns are written lower case with single spaces.
struct PatternAutomaton: Sendable {
    /// Byte to class: bytes that occur in no pattern share class 0.
    let byteClass: [UInt8]
    let classCount: Int
    /// `transitions[state * classCount + class]`: the next state.
    let transitions: [Int32]
    /// For each state, the first pattern ending there (or -1); further ones follow through `nextOutput`.
    let firstOutput: [Int32]
    /// For each pattern, the next pattern that also ends where it ends (its suffix), or -1.
    let nextOutput: [Int32]
    let patternLengths: [Int32]

    /// Compiles patterns given as lower-case UTF-8 bytes.
    init(patterns: [[UInt8]]) {
        var classes = [UInt8](repeating: 0, count: 256)
        var count = 1
        func classify(_ byte: UInt8) -> UInt8 {
            let folded = Self.fold(byte)
            if classes[Int(folded)] == 0 {
                classes[Int(folded)] = UInt8(count)
                count += 1
            }
            return classes[Int(folded)]
        }
        for pattern in patterns { for byte in pattern { _ = classify(byte) } }
        // Upper-case letters and every kind of white space read as their folded form.
        for byte in 0..<256 where classes[Int(Self.fold(UInt8(byte)))] != 0 {
            classes[byte] = classes[Int(Self.fold(UInt8(byte)))]
        }
        byteClass = classes
        classCount = count

        // The trie, as child maps; state 0 is the root.
        var children: [[UInt8: Int32]] = [[:]]
        var ends: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() {
            var state = 0
            for byte in pattern {
                let symbol = classes[Int(byte)]
                if let next = children[state][symbol] {
                    state = Int(next)
                } else {
                    children.append([:])
                    ends.append([])
                    children[state][symbol] = Int32(children.count - 1)
                    state = children.count - 1
                }
            }
            ends[state].append(Int32(index))
        }

        // Breadth-first: failure links turn the trie into a full transition table.
        let states = children.count
        var table = [Int32](repeating: 0, count: states * count)
        var failure = [Int32](repeating: 0, count: states)
        var first = [Int32](repeating: -1, count: states)
        var next = [Int32](repeating: -1, count: patterns.count)
        var queue: [Int] = []
        for symbol in 0..<count {
            if let child = children[0][UInt8(symbol)] {
                table[symbol] = child
                queue.append(Int(child))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            // Patterns ending here, then those ending at the failure state (its longest proper suffix).
            let inherited = first[Int(failure[state])]
            if let own = ends[state].first {
                first[state] = own
                for (a, b) in zip(ends[state], ends[state].dropFirst()) { next[Int(a)] = b }
                next[Int(ends[state].last!)] = inherited
            } else {
                first[state] = inherited
            }
            for symbol in 0..<count {
                let fallback = table[Int(failure[state]) * count + symbol]
                if let child = children[state][UInt8(symbol)] {
                    failure[Int(child)] = fallback
                    table[state * count + symbol] = child
                    queue.append(Int(child))
                } else {
                    table[state * count + symbol] = fallback
                }
            }
        }
        transitions = table
        firstOutput = first
        nextOutput = next
        patternLengths = patterns.map { Int32($0.count) }
    }

    /// Calls `found(pattern, end)` for every occurrence (runs of white space count as one space) of every pattern, `end` one past its last byte.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        transitions.withUnsafeBufferPointer { table in
            byteClass.withUnsafeBufferPointer { classes in
                firstOutput.withUnsafeBufferPointer { outputs in
                    var state = 0
                    // A run of white space reads as one space, so "data\n    augmentation" still matches.
                    let space = classes[32]
                    var previous: UInt8 = 0
                    for position in 0..<bytes.count {
                        let symbol = classes[Int(bytes[position])]
                        if symbol == space, previous == space, space != 0 { continue }
                        previous = symbol
                        state = Int(table[state &* classCount &+ Int(symbol)])
                        var output = outputs[state]
                        while output >= 0 {
                            found(Int(output), position + 1)
                            output = nextOutput[Int(output)]
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
