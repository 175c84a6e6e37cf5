import CareerKit

/// How sources are cited in terminal output: short tags in brackets, explained in a legend.
enum SourceTags {
    static func tag(_ sources: [Source.ID]) -> String { "[" + sources.map(\.rawValue).joined(separator: ", ") + "]" }

    /// One line per cited source: its id and title.
    static func legend(_ sources: [Source.ID], in base: KnowledgeBase, width: Int = 100) -> [String] {
        var seen: [Source.ID] = []
        for id in sources where !seen.contains(id) { seen.append(id) }
        guard !seen.isEmpty else { return [] }
        return ["Sources:"]
            + seen.flatMap { id in
                TextLayout.bullet("\(id): \(base.source(id)?.title ?? "unknown")", width: width, marker: "  ")
            }
    }
}
