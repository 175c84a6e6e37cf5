import Foundation

/// The text of a resume or posting as a person hands it over: UTF-8 text or Markdown, or a PDF read by the
/// `PDFTextReader` the face supplies.
public enum DocumentText {
    /// The most a document may hold; real resumes and postings are far smaller.
    public static let maximumBytes = 1_000_000

    /// The text of `data`, named `name` in error messages; a PDF goes through `pdf`, when there is one.
    public static func decode(
        _ data: Data, name: String, pdf: (any PDFTextReader)?
    ) async throws(DocumentError) -> String {
        guard data.count <= maximumBytes else {
            throw DocumentError("\(name) is over 1 MB; resumes and postings are far smaller", tooLarge: true)
        }
        guard data.starts(with: Array("%PDF".utf8)) else { return try plainText(of: data, name: name) }
        guard let pdf else {
            throw DocumentError("\(name) is a PDF, and this installation cannot read PDFs; paste its text instead")
        }
        let text: Data
        do {
            text = try await pdf.text(ofPDF: data)
        } catch {
            throw DocumentError("\(name) is not a readable PDF" + (error.message.isEmpty ? "" : ": \(error.message)"))
        }
        guard text.count <= maximumBytes else { throw DocumentError("\(name)'s text is over 1 MB", tooLarge: true) }
        let decoded = try plainText(of: text, name: name + " (its PDF text)")
        return decoded
    }

    /// UTF-8 text that is not empty, or a readable error.
    public static func plainText(of data: Data, name: String) throws(DocumentError) -> String {
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw DocumentError("\(name) is not UTF-8 text (nor a PDF)")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            // A scanned PDF has pages but no text layer: say so rather than analyse nothing.
            throw DocumentError("\(name) is empty")
        }
        return text
    }
}

/// Reads the text layer of a PDF. The core declares it and never starts a process itself; the command line and
/// the server supply one that runs poppler's `pdftotext`.
public protocol PDFTextReader: Sendable {
    /// The PDF's text as UTF-8 bytes; an error's message says why it could not be read (may be empty).
    func text(ofPDF data: Data) async throws(DocumentError) -> Data
}

/// Why a document could not be read, in one line a person can act on.
public struct DocumentError: Error, Equatable, CustomStringConvertible {
    /// The message, naming the document.
    public let message: String
    /// Whether the document was refused for its size.
    public let tooLarge: Bool

    /// An error with this message.
    public init(_ message: String, tooLarge: Bool = false) {
        self.message = message
        self.tooLarge = tooLarge
    }

    public var description: String { message }
}
