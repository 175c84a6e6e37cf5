import CareerKit

/// How sources are cited in terminal output: numbers in brackets ("[1, 3]"), each source's number being its place
/// in the knowledge base, explained in a legend by name, title and publisher. Numbers keep text columns narrow.
enum SourceTags {
    static func tag(_ sources: [Source.ID], in base: KnowledgeBase) -> String {
        "[" + sources.map { number($0, in: base) }.joined(separator: ", ") + "]"
    }

    private static func number(_ id: Source.ID, in base: KnowledgeBase) -> String {
        base.sources.firstIndex { $0.id == id }.map { String($0 + 1) } ?? "?"
    }

    /// One line per cited source, in number order: its number, title and publisher, and address when it is online.
    static func legend(_ sources: [Source.ID], in base: KnowledgeBase, width: Int = 100) -> [String] {
        var seen: [Source.ID] = []
        for id in sources where !seen.contains(id) { seen.append(id) }
        guard !seen.isEmpty else { return [] }
        return ["Sources:"]
            + seen.sorted { Int(number($0, in: base)) ?? 0 < Int(number($1, in: base)) ?? 0 }.flatMap {
                id -> [String] in
                guard let source = base.source(id) else { return [] }
                let details = [source.publisher, source.url].compactMap { $0 }.joined(separator: "; ")
                return TextLayout.bullet(
                    "[\(number(id, in: base))] \(source.title) (\(details))", width: width, marker: "  ")
            }
    }
}
