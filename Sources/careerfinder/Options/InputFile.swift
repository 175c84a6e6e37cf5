import Foundation

/// Reads text a person points the CLI at: a file, or standard input for "-", refusing what is not text.
enum InputFile {
    /// The most a text input may hold; resumes and answer files are far smaller.
    static let maximumBytes = 1_000_000

    static func read(_ path: String) throws -> String {
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
            throw CLIError(
                "\(path == "-" ? "standard input" : path) is over 1 MB; that is too large to be an answers file")
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path == "-" ? "standard input" : path) is not UTF-8 text")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CLIError("\(path == "-" ? "standard input" : path) is empty")
        }
        return text
    }
}
