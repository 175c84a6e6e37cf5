import ArgumentParser
import CareerKit

/// `careerfinder sources`: every source with its licence.
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "List every source the knowledge base cites, with its licence.")

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let base = try kb.load()
        if output.json { return try JSONOutput.print(base.sources) }
        // Numbered as every other command cites them ("[1]").
        for source in base.sources {
            print("\(SourceTags.tag([source.id], in: base)) \(source.title)")
            let details = [
                source.url.map { "Online: \($0)" }, source.author.map { "Author: \($0)" },
                source.publisher.map { "Publisher: \($0)" }, "Licence: \(source.licence)",
                source.attribution.map { "Attribution: \($0)" }, source.note.map(base.namingSources),
            ]
            for detail in details.compactMap({ $0 }) {
                TextLayout.bullet(detail, width: 100, marker: "    ").forEach { print($0) }
            }
            print("")
        }
    }
}
