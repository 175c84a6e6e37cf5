import Foundation

/// The text of a resume or posting as a person hands it over: UTF-8 text or Markdown, or a PDF read by poppler's `pdftotext`.
public enum DocumentText {
    /// The most a document may hold; real resumes and postings are far smaller.
    public static let maximumBytes = 1_000_000

    /// The text of `data`, named `name` in error messages.
    public static func decode(_ data: Data, name: String) throws(DocumentError) -> String {
        guard data.count <= maximumBytes else {
            throw DocumentError("\(name) is over 1 MB; resumes and postings are far smaller")
        }
        let text: String
        if data.starts(with: Array("%PDF".utf8)) {
            text = try plainText(of: try pdfText(data, name: name), name: name + " (its PDF text)")
        } else {
            text = try plainText(of: data, name: name)
        }
        return text
    }

    /// UTF-8 text that is not empty, or a readable error.
    public static func plainText(of data: Data, name: String) throws(DocumentError) -> String {
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw DocumentError("\(name) is not UTF-8 text (nor a PDF)")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DocumentError("\(name) is empty")
        }
        return text
    }

    private static func pdfText(_ data: Data, name: String) throws(DocumentError) -> Data {
        guard let tool = executable("pdftotext") else {
            throw DocumentError(
                "reading a PDF needs pdftotext: install the Debian package poppler-utils (apt-get install poppler-utils)"
            )
        }
        do {
            return try run(tool, on: data)
        } catch let error as DocumentError {
            throw DocumentError("\(name) is not a readable PDF" + (error.message.isEmpty ? "" : ": \(error.message)"))
        } catch {
            throw DocumentError("\(name) is not a readable PDF")
        }
    }

    private static func run(_ tool: URL, on data: Data) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careerfinder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.pdf")
        let output = folder.appendingPathComponent("output.txt")
        try data.write(to: input)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-q", "-layout", "-enc", "UTF-8", input.path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A hostile PDF must not hold a server thread for ever.
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning {
            guard Date() < deadline else {
                process.terminate()
                throw DocumentError("it took too long to read")
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        guard process.terminationStatus == 0 else { throw DocumentError("") }
        let text = try Data(contentsOf: output)
        guard text.count <= maximumBytes else { throw DocumentError("its text is over 1 MB") }
        return text
    }

    private static func executable(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// Why a document could not be read, in one line a person can act on.
public struct DocumentError: Error, Equatable, CustomStringConvertible {
    /// The message, naming the document.
    public let message: String

    /// An error with this message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
