#if arch(x86_64)
    import _Builtin_intrinsics.intel
#endif

/// What the scan needs to know of 64 bytes of text, one bit per byte (bit i for the i-th byte): which bytes are
/// parts of words, which are symbols a name begins with, and which are line feeds. Made in the same pass: a copy
/// of the bytes as names spell them (`PatternTrie.fold`), which the scan then reads without folding or bounds.
struct BlockMasks: Equatable {
    var word: UInt64 = 0
    var symbol: UInt64 = 0
    var lineFeed: UInt64 = 0

    /// The masks of the 64 bytes at `block`, their folded copy written to `folded`: sixteen bytes per
    /// instruction with SSE2 (every x86-64 CPU has it), eight per step in plain 64-bit words elsewhere.
    @inline(__always)
    init(_ block: UnsafeRawPointer, symbols: UnsafeBufferPointer<UInt8>, folding folded: UnsafeMutableRawPointer) {
        #if arch(x86_64)
            self.init(vectors: block, symbols: symbols, folding: folded)
        #else
            self.init(lanes: block, symbols: symbols, folding: folded)
        #endif
    }

    /// Eight bytes at a time in 64-bit words (`ByteLanes`); runs on any CPU.
    @inline(__always)
    init(lanes block: UnsafeRawPointer, symbols: UnsafeBufferPointer<UInt8>, folding folded: UnsafeMutableRawPointer) {
        for lane in 0..<8 {
            let lanes = block.loadUnaligned(fromByteOffset: lane << 3, as: UInt64.self).littleEndian
            folded.storeBytes(of: ByteLanes.folded(lanes).littleEndian, toByteOffset: lane << 3, as: UInt64.self)
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
        init(
            vectors block: UnsafeRawPointer, symbols: UnsafeBufferPointer<UInt8>,
            folding folded: UnsafeMutableRawPointer
        ) {
            let caseBit = _mm_set1_epi8(0x20), letterA = _mm_set1_epi8(0x61), lastLetter = _mm_set1_epi8(25)
            let capitalA = _mm_set1_epi8(0x41), tab = _mm_set1_epi8(9), lastSpace = _mm_set1_epi8(4)
            let zero = _mm_set1_epi8(0x30), lastDigit = _mm_set1_epi8(9), newline = _mm_set1_epi8(10)
            for chunk in 0..<4 {
                let bytes = _mm_loadu_si128((block + chunk << 4).assumingMemoryBound(to: __m128i.self))
                let capital = _mm_sub_epi8(bytes, capitalA)
                let isCapital = _mm_cmpeq_epi8(_mm_min_epu8(capital, lastLetter), capital)
                let space = _mm_sub_epi8(bytes, tab)
                let isSpace = _mm_cmpeq_epi8(_mm_min_epu8(space, lastSpace), space)
                let lowered = _mm_or_si128(bytes, _mm_and_si128(isCapital, caseBit))
                // A space is 0x20, the same bit that lower-cases a letter.
                _mm_storeu_si128(
                    (folded + chunk << 4).assumingMemoryBound(to: __m128i.self),
                    _mm_or_si128(_mm_andnot_si128(isSpace, lowered), _mm_and_si128(isSpace, caseBit)))
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
