/// Tests on eight bytes at once in one 64-bit word ("SIMD within a register"): the scan classifies text a word at a
/// time instead of a byte at a time, which is most of its speed. A lane's flag is its top bit (0x80).
enum ByteLanes {
    static let high: UInt64 = 0x8080_8080_8080_8080
    static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// `byte` in every lane.
    @inline(__always)
    static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Flags the lanes whose 7-bit value lies in `lower...upper`; no lane can carry into the next.
    @inline(__always)
    static func inRange(_ sevenBit: UInt64, _ lower: UInt8, _ upper: UInt8) -> UInt64 {
        (sevenBit &+ broadcast(0x80 &- lower)) & ~(sevenBit &+ broadcast(0x7F &- upper)) & high
    }

    /// Flags the lanes that are parts of words: ASCII letters and digits, and every byte of a non-ASCII character
    /// (as `SkillExtractor.isWordByte`).
    @inline(__always)
    static func wordFlags(_ lanes: UInt64) -> UInt64 {
        let ascii = lanes & low7
        let letter = inRange(ascii | broadcast(0x20), 0x61, 0x7A)
        let digit = inRange(ascii, 0x30, 0x39)
        return (lanes & high) | letter | digit
    }

    /// Flags the lanes equal to `byte`.
    @inline(__always)
    static func equalFlags(_ lanes: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = lanes ^ broadcast(byte)
        return ~(((difference & low7) &+ low7) | difference) & high
    }

    /// ASCII capitals to lower case in every lane.
    @inline(__always)
    static func lowercased(_ lanes: UInt64) -> UInt64 {
        let capital = inRange(lanes & low7, 0x41, 0x5A) & ~lanes
        return lanes | (capital >> 2)
    }

    /// Every lane as names spell it (`PatternTrie.fold`): ASCII capitals lower-cased, white space as a space.
    @inline(__always)
    static func folded(_ lanes: UInt64) -> UInt64 {
        let space = inRange(lanes & low7, 9, 13) & ~lanes
        return (lowercased(lanes) & ~((space >> 7) &* 0xFF)) | (space >> 2)
    }

    /// A mask keeping the first `count` lanes (bytes in memory order) and clearing the rest.
    @inline(__always)
    static func first(_ count: Int) -> UInt64 { count >= 8 ? ~0 : (1 << (UInt64(count) &* 8)) &- 1 }

    /// The eight lane flags as the bits of a byte, lane 0 (the first byte in memory) lowest.
    @inline(__always)
    static func packed(_ flags: UInt64) -> UInt64 { ((flags >> 7) &* 0x0102_0408_1020_4080) >> 56 }

    /// The eight bytes from `position`, zeros past the end of the text.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> UInt64 {
        if position + 8 <= bytes.count {
            return UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self).littleEndian
        }
        var lanes: UInt64 = 0
        var index = position
        while index < bytes.count {
            lanes |= UInt64(bytes[index]) << ((index - position) * 8)
            index += 1
        }
        return lanes
    }
}
