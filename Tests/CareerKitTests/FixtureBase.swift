import CareerKit
import Foundation

/// A copy of the small fixture knowledge base in a temporary folder, so each test can break one thing in it.
struct FixtureBase {
    let directory: URL

    init() throws {
        guard let source = Bundle.module.url(forResource: "Fixtures/minimal", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        try self.init(copying: source)
    }

    /// A copy of the knowledge base that ships with the app, for tests that break one thing in the real data.
    static func bundledCopy() throws -> FixtureBase {
        try FixtureBase(copying: KnowledgeBaseLoader.bundled().directory)
    }

    private init(copying source: URL) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: directory)
    }

    /// Replaces the first occurrence of `old` in `file`, failing loudly if it is not there.
    func edit(_ file: String, replacing old: String, with new: String) throws {
        let url = directory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
        try text.replacingCharacters(in: range, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func append(_ file: String, _ text: String) throws {
        let url = directory.appendingPathComponent(file)
        let existing = try String(contentsOf: url, encoding: .utf8)
        try (existing + text).write(to: url, atomically: true, encoding: .utf8)
    }

    func write(_ file: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    func issues() throws -> [ValidationIssue] { try KnowledgeBaseLoader(directory: directory).validate() }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
