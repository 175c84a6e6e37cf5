import Hummingbird
import Synchronization

/// A response body that can be rendered once and sent many times.
protocol RenderedBody {
    /// The body's media type with its charset.
    var contentType: String { get }
    /// The bytes to send.
    func renderBody() throws -> ByteBuffer
}

/// Rendered bodies of the reading pages and documents, by URL. They depend only on the knowledge base, which never
/// changes while a server runs, so each is rendered once; the cache stops growing at `capacity` URLs so that
/// made-up query strings cannot fill the memory.
final class RenderCache: Sendable {
    private struct Entry {
        let contentType: String
        let body: ByteBuffer
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    /// A cache that keeps at most `capacity` URLs.
    init(capacity: Int = 2048) {
        self.capacity = capacity
    }

    /// The cached response for the request's URL, rendering it with `make` the first time (errors are not cached).
    func response(for request: Request, _ make: () throws -> some RenderedBody) throws -> Response {
        let key = request.uri.description
        let entry: Entry
        if let cached = entries.withLock({ $0[key] }) {
            entry = cached
        } else {
            let rendered = try make()
            entry = Entry(contentType: rendered.contentType, body: try rendered.renderBody())
            entries.withLock { entries in
                if entries.count < capacity { entries[key] = entry }
            }
        }
        return Response(status: .ok, headers: [.contentType: entry.contentType], body: .init(byteBuffer: entry.body))
    }
}
