/// Sources cited in a Markdown document, numbered in the order first cited, with the list to close it: one way
/// for every export (plans, results, guides) to cite.
struct SourceCitations {
    private(set) var cited: [Source.ID] = []

    /// "[1, 3]" for these sources, numbering any not yet cited.
    mutating func cite(_ sources: [Source.ID]) -> String {
        "["
            + sources.map { id -> String in
                if !cited.contains(id) { cited.append(id) }
                return String(cited.firstIndex(of: id)! + 1)
            }.joined(separator: ", ") + "]"
    }

    /// A "## Sources" section listing each cited source by number, title, publisher and address; nothing when
    /// none was cited.
    func section(in base: KnowledgeBase) -> [String] {
        guard !cited.isEmpty else { return [] }
        return ["## Sources", ""]
            + cited.enumerated().compactMap { index, id in
                base.source(id).map { source in
                    "\(index + 1). \(source.title)" + (source.publisher.map { ", \($0)" } ?? "")
                        + (source.url.map { ", <\($0)>" } ?? "")
                }
            }
    }
}
