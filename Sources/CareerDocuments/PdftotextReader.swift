import CareerKit
import Foundation
import Subprocess

/// Reads a PDF's text with poppler's `pdftotext` (Debian: poppler-utils), for the command line and the server.
public struct PdftotextReader: PDFTextReader {
    /// How long one PDF may take; a hostile file must not hold a server's worker for ever.
    public let timeLimit: Duration

    /// A reader that gives up on a PDF after `timeLimit`.
    public init(timeLimit: Duration = .seconds(10)) { self.timeLimit = timeLimit }

    public func text(ofPDF data: Data) async throws(DocumentError) -> Data {
        do {
            return try await read(data)
        } catch let error as DocumentError {
            throw error
        } catch let error as SubprocessError where error.code == .executableNotFound {
            throw DocumentError(
                "reading a PDF needs pdftotext: install the Debian package poppler-utils (apt-get install poppler-utils)"
            )
        } catch let error as SubprocessError where error.code == .outputLimitExceeded {
            throw DocumentError("its text is over 1 MB", tooLarge: true)
        } catch {
            throw DocumentError("")
        }
    }

    private func read(_ data: Data) async throws -> Data {
        // pdftotext seeks in its input, so the PDF goes to a private temporary file; the text comes back on stdout.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("careerfinder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.pdf")
        try data.write(to: input)
        let limit = timeLimit
        return try await withThrowingTaskGroup(of: Data?.self) { group in
            group.addTask {
                let result = try await run(
                    .name("pdftotext"), arguments: ["-q", "-layout", "-enc", "UTF-8", input.path, "-"],
                    output: .data(limit: DocumentText.maximumBytes + 1), error: .discarded)
                guard result.terminationStatus.isSuccess else { throw DocumentError("") }
                return result.standardOutput
            }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            // Whichever ends first decides; cancelling the other stops pdftotext (SIGTERM, then SIGKILL).
            defer { group.cancelAll() }
            guard let first = try await group.next(), let text = first else {
                throw DocumentError("it took too long to read")
            }
            return text
        }
    }
}
