import Foundation

/// Every .txt and .md file in a folder and its subfolders, for benchmarks over a corpus.
enum TextFolder {
    static func read(_ path: String) throws -> [String] {
        let root = URL(fileURLWithPath: path)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CLIError("folder not found: \(path)")
        }
        let files = walker.compactMap { $0 as? URL }.filter { ["txt", "md"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        guard !files.isEmpty else { throw CLIError("no .txt or .md files in \(path)") }
        return try files.map { String(decoding: try Data(contentsOf: $0), as: UTF8.self) }
    }
}
