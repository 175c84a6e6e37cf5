import CareerKit
import Foundation
import Hummingbird

/// Decodes a request body by its content type: a browser's URL-encoded form through Hummingbird's
/// `URLEncodedFormDecoder`, anything else as JSON. A body that does not fit says which field, in words.
public struct AppRequestDecoder: RequestDecoder {
    public func decode<T: Decodable>(
        _ type: T.Type, from request: Request, context: some RequestContext
    ) async throws
        -> T
    {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let isForm = request.headers[.contentType]?.lowercased().hasPrefix("application/x-www-form-urlencoded") ?? false
        do {
            if isForm { return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer)) }
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            // A body of the wrong shape is the client's mistake before any domain rule applies: 400, naming the field.
            let what = isForm ? "The form" : "The JSON body"
            throw Problem(.badRequest, "\(what) does not match what this endpoint takes: \(error.summary).")
        }
    }
}

extension DecodingError {
    /// One line naming the field, without internals.
    var summary: String {
        switch self {
        case .keyNotFound(let key, _): return "missing '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at '\(Self.path(context))'"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at '\(Self.path(context))'"
        @unknown default: return "unreadable"
        }
    }

    private static func path(_ context: Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
