import CompressNIO
import Foundation
import Hummingbird
import NIOCore

/// Gzips text responses (pages, the stylesheet, JSON, the OpenAPI document) for clients that accept it: a page
/// shrinks to about a fifth, which is what a phone on a slow connection notices.
struct CompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Below this many bytes compressing saves less than it costs.
    static var threshold: Int { 1024 }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        var response = try await next(request, context)
        guard Self.acceptsGzip(request.headers[.acceptEncoding]), response.headers[.contentEncoding] == nil,
            let type = response.headers[.contentType], Self.isText(type),
            let length = response.body.contentLength, length >= Self.threshold
        else { return response }
        let collector = BodyCollector()
        let bytes = collector.bytes
        try await response.body.write(collector)
        var plain = bytes.value
        let compressed = try plain.compress(with: .gzip())
        response.headers[.contentEncoding] = "gzip"
        response.headers[.vary] = "Accept-Encoding"
        response.headers[.contentLength] = nil
        response.body = ResponseBody(byteBuffer: compressed)
        return response
    }

    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { part in
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.first?.lowercased() == "gzip" else { return false }
            // "gzip;q=0" means "not gzip".
            return !fields.dropFirst().contains { $0.replacingOccurrences(of: " ", with: "") == "q=0" }
        }
    }

    static func isText(_ contentType: String) -> Bool {
        let type = contentType.lowercased()
        return type.hasPrefix("text/") || type.contains("json") || type.contains("yaml") || type.contains("svg")
    }
}

/// Gathers a response body that the middleware has already sized (`contentLength`), to compress it whole.
private struct BodyCollector: ResponseBodyWriter {
    final class Box: @unchecked Sendable {
        // Written only by the one body write this collector is handed to, then read after it finished.
        var value = ByteBuffer()
    }
    let bytes = Box()

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        bytes.value.writeBuffer(&buffer)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
