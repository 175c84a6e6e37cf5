import Hummingbird
import Synchronization

/// A response body that can be rendered once and sent many times.
protocol RenderedBody {
    /// The body's media type with its charset.
    var contentType: String { get }
    /// The bytes to send.
    func renderBody() throws -> ByteBuffer
}

/// Rendered bodies of the reading pages and documents. They depend only on the knowledge base, which never changes
/// while a server runs, so each is rendered once. An entry is keyed by the path and the query parameters the page
/// reads, nothing else, so made-up parameters neither add entries nor skip the cache; and the cache keeps at most
/// `budget` bytes, dropping the least recently used entries first, so that many real variants cannot grow it
/// without end.
final class RenderCache: Sendable {
    private struct Entry {
        let contentType: String
        let body: ByteBuffer
        var lastUsed: UInt64
        var bytes: Int { body.readableBytes + contentType.utf8.count }
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var clock: UInt64 = 0
    }

    private let state = Mutex(State())
    /// The most bytes of bodies the cache keeps.
    let budget: Int

    /// A cache that keeps up to `budget` bytes (16 MB by default: every page of the catalogue many times over).
    init(budget: Int = 16 << 20) {
        self.budget = budget
    }

    /// The cached response for the request's path and the values of `parameters` in its query, rendering it with
    /// `make` the first time (errors are not cached).
    func response(
        for request: Request, reading parameters: [String] = [], _ make: () throws -> some RenderedBody
    )
        throws -> Response
    {
        let key = Self.key(request, parameters)
        let cached: Entry? = state.withLock { state in
            guard var entry = state.entries[key] else { return nil }
            state.clock += 1
            entry.lastUsed = state.clock
            state.entries[key] = entry
            return entry
        }
        let entry: Entry
        if let cached {
            entry = cached
        } else {
            let rendered = try make()
            entry = Entry(contentType: rendered.contentType, body: try rendered.renderBody(), lastUsed: 0)
            store(entry, under: key)
        }
        return Response(status: .ok, headers: [.contentType: entry.contentType], body: .init(byteBuffer: entry.body))
    }

    /// How many entries and bytes the cache holds, for tests and metrics.
    var usage: (entries: Int, bytes: Int) { state.withLock { ($0.entries.count, $0.bytes) } }

    private func store(_ entry: Entry, under key: String) {
        guard entry.bytes <= budget else { return }
        state.withLock { state in
            state.clock += 1
            var entry = entry
            entry.lastUsed = state.clock
            if let old = state.entries.updateValue(entry, forKey: key) { state.bytes -= old.bytes }
            state.bytes += entry.bytes
            while state.bytes > budget {
                // Rare (only past the budget), so a scan for the oldest beats keeping a list in order.
                guard let oldest = state.entries.min(by: { $0.value.lastUsed < $1.value.lastUsed }) else { break }
                state.entries[oldest.key] = nil
                state.bytes -= oldest.value.bytes
            }
        }
    }

    /// The path, then each parameter the page reads with all its values in order.
    static func key(_ request: Request, _ parameters: [String]) -> String {
        var key = request.uri.path
        let query = request.uri.queryParameters
        for name in parameters {
            key += "\u{0}" + name + "=" + query.getAll(name).joined(separator: "\u{1}")
        }
        return key
    }
}
