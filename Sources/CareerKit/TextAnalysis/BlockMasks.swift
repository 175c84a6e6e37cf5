#if arch(x86_64)
    import _Builtin_intrinsics.intel
#endif

/// What the scan needs to know of 64 bytes of text, one bit per byte (bit i for the i-th byte): which bytes are
/// parts of words, which are symbols a name begins with, and which are line feeds.
struct BlockMasks: Equatable {
    var word: UInt64 = 0
    var symbol: UInt64 = 0
    var lineFeed: UInt64 = 0

    /// The masks of the 64 bytes at `block`: sixteen bytes per instruction with SSE2 (every x86-64 CPU has it),
    /// eight per step in plain 64-bit words elsewhere.
    @inline(__always)
    init(_ block: UnsafeRawPointer, symbols: UnsafeBufferPointer<UInt8>) {
        #if arch(x86_64)
            self.init(vectors: block, symbols: symbols)
        #else
            self.init(lanes: block, symbols: symbols)
        #endif
    }

    /// Eight bytes at a time in 64-bit words (`ByteLanes`); runs on any CPU.
    @inline(__always)
    init(lanes block: UnsafeRawPointer, symbols: UnsafeBufferPointer<UInt8>) {
        for lane in 0..<8 {
            let lanes = block.loadUnaligned(fromByteOffset: lane << 3, as: UInt64.self).littleEndian
            word |= ByteLanes.packed(ByteLanes.wordFlags(lanes)) << (lane << 3)
            var flags: UInt64 = 0
            for byte in symbols { flags |= ByteLanes.equalFlags(lanes, byte) }
            symbol |= ByteLanes.packed(flags) << (lane << 3)
            lineFeed |= ByteLanes.packed(ByteLanes.equalFlags(lanes, UInt8(10))) << (lane << 3)
        }
    }

    #if arch(x86_64)
        /// Sixteen bytes at a time with SSE2 compares and `movemask`, which gathers a bit per byte directly.
        @inline(__always)
        init(vectors block: UnsafeRawPointer, symbols: UnsafeBufferPointer<UInt8>) {
            let caseBit = _mm_set1_epi8(0x20), letterA = _mm_set1_epi8(0x61), lastLetter = _mm_set1_epi8(25)
            let zero = _mm_set1_epi8(0x30), lastDigit = _mm_set1_epi8(9), newline = _mm_set1_epi8(10)
            for chunk in 0..<4 {
                let bytes = _mm_loadu_si128((block + chunk << 4).assumingMemoryBound(to: __m128i.self))
                // Unsigned "x - low <= span" as min(x - low, span) == x - low, the SSE2 way.
                let letter = _mm_sub_epi8(_mm_or_si128(bytes, caseBit), letterA)
                let digit = _mm_sub_epi8(bytes, zero)
                let isLetter = _mm_cmpeq_epi8(_mm_min_epu8(letter, lastLetter), letter)
                let isDigit = _mm_cmpeq_epi8(_mm_min_epu8(digit, lastDigit), digit)
                // The top bit of a byte marks every byte of a non-ASCII character.
                let words = _mm_movemask_epi8(_mm_or_si128(isLetter, isDigit)) | _mm_movemask_epi8(bytes)
                var isSymbol = _mm_setzero_si128()
                for byte in symbols {
                    isSymbol = _mm_or_si128(isSymbol, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(CChar(bitPattern: byte))))
                }
                let shift = UInt64(chunk << 4)
                word |= UInt64(UInt16(truncatingIfNeeded: words)) << shift
                symbol |= UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(isSymbol))) << shift
                lineFeed |=
                    UInt64(UInt16(truncatingIfNeeded: _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline)))) << shift
            }
        }
    #endif
}
