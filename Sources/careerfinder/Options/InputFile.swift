import CareerKit
import Foundation

/// Reads what a person points the CLI at: a file, or standard input for "-", refusing what is not text.
enum InputFile {
    /// The most an input may hold; resumes, postings and answer files are far smaller.
    static let maximumBytes = DocumentText.maximumBytes

    /// A text file: an answers file, plain text or Markdown.
    static func read(_ path: String) throws -> String { try text(of: bytes(path), from: path) }

    /// A resume or posting as the core takes it: its bytes and a name for messages (PDFs are read by the core).
    static func document(_ path: String) throws -> DocumentInput { .file(name: name(path), data: try bytes(path)) }

    static func bytes(_ path: String) throws -> Data {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw CLIError("file not found: \(path)")
            }
            guard !isFolder.boolValue else { throw CLIError("\(path) is a folder, not a file") }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CLIError("cannot read \(path)")
            }
            data = contents
        }
        guard data.count <= maximumBytes else {
            throw CLIError("\(name(path)) is over 1 MB; resumes, postings and answer files are far smaller")
        }
        return data
    }

    static func text(of data: Data, from path: String) throws -> String {
        do {
            return try DocumentText.plainText(of: data, name: name(path))
        } catch {
            throw CLIError(error.message)
        }
    }

    static func name(_ path: String) -> String { path == "-" ? "standard input" : path }
}
