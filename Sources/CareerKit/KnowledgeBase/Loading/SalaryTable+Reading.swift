extension SalaryTable {
    static func read(_ cursor: NodeCursor) -> SalaryTable? {
        let keys: Set = ["source", "region", "currency", "period", "levels", "notes", "bands"]
        guard let fields = cursor.fields(keys) else { return nil }
        // A table without a source would leave every figure in it unsourced.
        let source = fields.required("source")?.reference(to: .source).map { Source.ID($0) }
        let region = fields.required("region")?.string()
        let currency = fields.required("currency")?.string()
        let period = fields.required("period")?.string()
        let levels = readLevels(fields.optional("levels"))
        let bands = fields.nonEmptyList("bands") { SalaryBand.read($0, source: source ?? "") }
        guard let source, let region, let currency, let period, let bands else { return nil }
        return SalaryTable(
            source: source, region: region, currency: currency, period: period, levels: levels,
            notes: fields.strings("notes"), bands: bands)
    }

    private static func readLevels(_ cursor: NodeCursor?) -> [SalaryLevel: String] {
        guard let cursor, let fields = cursor.fields(Set(SalaryLevel.allCases.map(\.rawValue))) else { return [:] }
        var levels: [SalaryLevel: String] = [:]
        for level in SalaryLevel.allCases {
            levels[level] = fields.optional(level.rawValue)?.string()
        }
        return levels
    }
}

extension SalaryBand {
    static func read(_ cursor: NodeCursor, source: Source.ID) -> SalaryBand? {
        let keys: Set = ["role", "level", "printed", "low", "high", "openEnded", "includes", "text", "note"]
        guard let fields = cursor.fields(keys) else { return nil }
        let role = fields.required("role")?.reference(to: .role)
        let level = fields.optional("level")?.oneOf(SalaryLevel.self)
        let printed = fields.optional("printed")?.string()
        let low = fields.optional("low")?.int(), high = fields.optional("high")?.int()
        let text = fields.optional("text")?.string(), note = fields.optional("note")?.string()
        let openEnded = fields.optional("openEnded")?.bool() ?? false
        checkShape(cursor, printed: printed, text: text, low: low, high: high, openEnded: openEnded, note: note)
        guard let role else { return nil }
        return SalaryBand(
            role: Role.ID(role), level: level, source: source, printed: printed, low: low, high: high,
            openEnded: openEnded, includes: fields.optional("includes")?.string(), text: text, note: note)
    }

    /// A band is either a printed figure or words; its numbers must be consistent and never silently invented.
    private static func checkShape(
        _ cursor: NodeCursor, printed: String?, text: String?, low: Int?, high: Int?, openEnded: Bool, note: String?
    ) {
        switch (printed, text) {
        case (nil, nil): cursor.report("a band needs 'printed' (the figure as printed) or 'text' (words only)")
        case (.some, .some): cursor.report("a band has either 'printed' or 'text', not both")
        case (nil, .some) where low != nil || high != nil:
            cursor.report("a words-only band cannot carry figures; add 'printed' with the source's figure")
        default: break
        }
        if let low, let high, low > high { cursor.report("low (\(low)) is greater than high (\(high))") }
        if let low, low < 0 { cursor.report("low (\(low)) is negative") }
        if high != nil, low == nil { cursor.report("'high' without 'low'") }
        if low != nil, high == nil, !openEnded { cursor.report("'low' without 'high' needs openEnded: true") }
        if printed != nil, low == nil, note == nil {
            cursor.report("a printed figure with no numbers needs a note saying why it cannot be read")
        }
    }
}
