import CareerKit
import Hummingbird

/// A form sent with GET: its fields are the query string, decoded by Hummingbird's `URLEncodedFormDecoder` (where
/// "+" is a space, as browsers send it).
enum GetForm {
    /// The query decoded into `T`; a query that does not fit is the client's mistake (400), never a crash.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) throws -> T {
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: request.uri.query ?? "")
        } catch let error as DecodingError {
            throw Problem(.badRequest, "The query does not match what this page takes: \(error.summary).")
        } catch {
            throw Problem(.badRequest, "The query string is malformed.")
        }
    }
}
