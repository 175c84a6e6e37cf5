import CareerKit
import Foundation
import Hummingbird
import MultipartKit

/// A form a browser posted: its text fields and, for `multipart/form-data`, its files. Multipart bodies are split by
/// multipart-kit's parser; URL-encoded ones go through the request decoder.
struct UploadedForm {
    /// A file as the browser sent it.
    struct File {
        let filename: String
        let data: Data
    }

    var fields: [String: String]
    var files: [String: File]

    /// The first value of a text field.
    subscript(_ name: String) -> String? { fields[name] }

    /// Reads either encoding a browser uses, by the request's content type.
    static func read(_ request: Request, context: AppRequestContext) async throws -> UploadedForm {
        let buffer = try await request.body.collect(upTo: AppRequestContext.maximumFormBytes)
        guard let type = request.headers[.contentType], let boundary = ContentDisposition.boundary(in: type) else {
            do {
                return UploadedForm(
                    fields: try URLEncodedFormDecoder().decode([String: String].self, from: String(buffer: buffer)),
                    files: [:])
            } catch {
                throw Problem(.badRequest, "The form could not be read.")
            }
        }
        let collector = PartCollector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { body in collector.body.writeBuffer(&body) }
        parser.onPartComplete = { collector.complete() }
        do {
            try parser.execute(buffer)
        } catch {
            throw Problem(.badRequest, "The form upload is malformed.")
        }
        // A body cut short leaves a part open or none at all: refuse it rather than read half a form.
        guard !collector.parts.isEmpty, !collector.isOpen else {
            throw Problem(.badRequest, "The form upload is malformed.")
        }
        var form = UploadedForm(fields: [:], files: [:])
        for part in collector.parts {
            guard let disposition = part.disposition, let name = disposition.name else {
                throw Problem(.badRequest, "The form upload is malformed: a part has no name.")
            }
            let data = Data(part.body.readableBytesView)
            if let filename = disposition.filename {
                // A file input left empty still sends a part, with no name and no bytes.
                if !data.isEmpty { form.files[name] = File(filename: filename, data: data) }
            } else if form.fields[name] == nil {
                guard let value = String(data: data, encoding: .utf8) else {
                    throw CareerError(.invalidInput, "the form field '\(name)' is not UTF-8 text", fields: [name])
                }
                form.fields[name] = value
            }
        }
        return form
    }
}

/// Gathers the parser's callbacks into parts; used on one task only.
private final class PartCollector {
    struct Part {
        let disposition: ContentDisposition?
        let body: ByteBuffer
    }

    var parts: [Part] = []
    var body = ByteBuffer()
    private var disposition: ContentDisposition?
    private(set) var isOpen = false

    func header(_ name: String, _ value: String) {
        isOpen = true
        if name.lowercased() == "content-disposition" { disposition = ContentDisposition(value) }
    }

    func complete() {
        parts.append(Part(disposition: disposition, body: body))
        disposition = nil
        body = ByteBuffer()
        isOpen = false
    }
}
