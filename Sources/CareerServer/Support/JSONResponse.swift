import CareerKit
import Foundation
import Hummingbird

/// Any encodable value as a JSON response, encoded the same way the CLI's --json output is.
struct JSONResponse<Value: Encodable & Sendable>: ResponseGenerator, RenderedBody {
    let value: Value
    var status: HTTPResponse.Status = .ok

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    var contentType: String { "application/json; charset=utf-8" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: try renderBody()))
    }

    func renderBody() throws -> ByteBuffer { ByteBuffer(bytes: try APIJSON.encoder.encode(value)) }
}

/// A JSON body that is already encoded, such as an assessment result from its own writer.
struct EncodedJSONResponse: ResponseGenerator {
    let bytes: [UInt8]
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// The one JSON encoding of the API: sorted keys, so documents compare and cache byte for byte.
enum APIJSON {
    /// A new encoder with the API's settings (JSONEncoder is a class: each caller gets its own).
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

extension Request {
    /// The body as UTF-8 text (an answers file, YAML or JSON), refusing bytes that are not text.
    func bodyText(context: some RequestContext) async throws -> String {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes),
            !text.contains("\u{0}")
        else { throw Problem(.badRequest, "The request body is not UTF-8 text.") }
        return text
    }
}
