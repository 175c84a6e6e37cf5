import ArgumentParser
import CareerDocuments
import CareerKit
import Foundation

/// `--kb DIR`, shared by every command that reads the knowledge base.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: "Use the knowledge base in this folder instead of the bundled one.")
    var directory: String?

    /// The loader for the chosen folder, or for the bundled knowledge base.
    func loader() throws -> KnowledgeBaseLoader {
        guard let directory else { return try KnowledgeBaseLoader.bundled() }
        return KnowledgeBaseLoader(directory: URL(fileURLWithPath: directory))
    }

    /// The validated knowledge base; an invalid one fails with every problem listed.
    func load() throws -> KnowledgeBase { try loader().load() }

    /// The application core over the chosen knowledge base: PDFs through pdftotext, nothing stored.
    func service() throws -> CareerService { CareerService(base: try load(), pdf: PdftotextReader()) }
}

/// `--json`, shared by every command with output.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON instead of the terminal layout.")
    var json = false
}
