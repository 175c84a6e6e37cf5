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

    func renderBody() throws -> ByteBuffer { ByteBuffer(bytes: try Self.encode(value)) }

    /// The one JSON encoding of the API: sorted keys, so documents compare and cache byte for byte.
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}

/// A JSON body that is already encoded, such as a result encoded once for the store and the response.
struct EncodedJSONResponse: ResponseGenerator {
    let bytes: [UInt8]
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

extension Request {
    /// The most any request body may hold: a resume upload is limited to the same 1 MB as the CLI.
    static let maximumBodyBytes = 1_000_000

    /// The body as UTF-8 text, refusing bodies over the limit and bytes that are not text.
    mutating func bodyText() async throws -> String {
        let buffer: ByteBuffer
        do {
            buffer = try await collectBody(upTo: Self.maximumBodyBytes)
        } catch {
            throw Problem(.contentTooLarge, "The request body is over \(Self.maximumBodyBytes) bytes.")
        }
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes),
            !text.contains("\u{0}")
        else { throw Problem(.badRequest, "The request body is not UTF-8 text.") }
        return text
    }

    /// The body decoded as JSON into `T`, with a readable problem when it does not fit.
    mutating func decodeJSON<T: Decodable>(_ type: T.Type) async throws -> T {
        let text = try await bodyText()
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw Problem(.badRequest, "The JSON body does not match what this endpoint takes: \(error.summary)")
        } catch {
            throw Problem(.badRequest, "The body is not valid JSON.")
        }
    }
}

extension DecodingError {
    /// One line naming the field, without internals.
    var summary: String {
        func path(_ context: Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch self {
        case .keyNotFound(let key, _): return "missing '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at '\(path(context))'"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at '\(path(context))'"
        @unknown default: return "unreadable"
        }
    }
}
