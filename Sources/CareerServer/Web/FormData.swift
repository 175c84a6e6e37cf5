import Foundation
import Hummingbird

/// A submitted form, every value of every field in order, and its uploaded files.
struct FormData {
    /// An uploaded file as the browser sent it.
    struct Upload {
        let filename: String
        let data: Data
    }

    let fields: [(name: String, value: String)]
    let uploads: [String: Upload]

    /// An `application/x-www-form-urlencoded` body.
    init(_ text: String) {
        fields = text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? {
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = parts.first.flatMap(decode) else { return nil }
            return (name, parts.count > 1 ? decode(parts[1]) ?? "" : "")
        }
        uploads = [:]
    }

    /// A `multipart/form-data` body; text fields must be UTF-8, empty file inputs are left out.
    init(_ form: MultipartForm) throws {
        var fields: [(name: String, value: String)] = []
        var uploads: [String: Upload] = [:]
        for part in form.parts {
            if let filename = part.filename {
                if !part.data.isEmpty { uploads[part.name] = Upload(filename: filename, data: part.data) }
            } else {
                guard let value = String(data: part.data, encoding: .utf8) else {
                    throw Problem(.badRequest, "The form field '\(part.name)' is not UTF-8 text.")
                }
                fields.append((part.name, value))
            }
        }
        self.fields = fields
        self.uploads = uploads
    }

    /// A form submitted with GET: its fields are in the query, where "+" is a space.
    static func query(of request: Request) -> FormData { FormData(request.uri.query ?? "") }

    /// The first value of a field.
    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Reads either encoding a browser uses, by the request's content type.
    static func read(_ request: inout Request) async throws -> FormData {
        guard let type = request.headers[.contentType], let boundary = MultipartForm.boundary(in: type) else {
            return FormData(try await request.bodyText())
        }
        // An upload may hold a whole 1 MB document plus the other fields and the part headers.
        let limit = Request.maximumBodyBytes + 64 * 1024
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw Problem(.contentTooLarge, "The upload is over 1 MB; resumes and postings are far smaller.")
        }
        guard let form = MultipartForm(Array(buffer.readableBytesView), boundary: boundary) else {
            throw Problem(.badRequest, "The form upload is malformed.")
        }
        return try FormData(form)
    }
}
