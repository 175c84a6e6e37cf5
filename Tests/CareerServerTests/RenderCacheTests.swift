import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CareerServer

@Suite("The render cache")
struct RenderCacheTests {
    struct Body: RenderedBody {
        let text: String
        var contentType: String { "text/plain" }
        func renderBody() throws -> ByteBuffer { ByteBuffer(string: text) }
    }

    /// Asks the cache for `uri` through a router, counting renders.
    final class Counter: @unchecked Sendable {
        var renders = 0
    }

    func router(_ cache: RenderCache, _ counter: Counter, size: Int = 100) -> Router<AppRequestContext> {
        let router = Router(context: AppRequestContext.self)
        router.get("page") { request, _ in
            try cache.response(for: request, reading: ["role"]) {
                counter.renders += 1
                return Body(text: String(repeating: "x", count: size) + (request.uri.queryParameters.get("role") ?? ""))
            }
        }
        return router
    }

    @Test("parameters the page does not read neither add entries nor skip the cache")
    func junkParameters() async throws {
        let cache = RenderCache()
        let counter = Counter()
        try await Application(router: router(cache, counter)).test(.router) { client in
            for junk in ["", "?utm=1", "?utm=2&x=y", "?role=ml&junk=1", "?junk=2&role=ml", "?role=ml"] {
                try await client.execute(uri: "/page\(junk)", method: .get) { #expect($0.status == .ok) }
            }
        }
        #expect(counter.renders == 2)
        #expect(cache.usage.entries == 2)
    }

    @Test("past its byte budget the cache drops the least recently used entries first")
    func budget() async throws {
        let cache = RenderCache(budget: 1_000)
        let counter = Counter()
        try await Application(router: router(cache, counter, size: 300)).test(.router) { client in
            for role in ["a", "b", "c"] {
                try await client.execute(uri: "/page?role=\(role)", method: .get) { _ in }
            }
            // "a" is used again, so "b" is now the oldest and goes when "d" arrives.
            try await client.execute(uri: "/page?role=a", method: .get) { _ in }
            try await client.execute(uri: "/page?role=d", method: .get) { _ in }
            #expect(counter.renders == 4)
            try await client.execute(uri: "/page?role=a", method: .get) { _ in }
            #expect(counter.renders == 4)
            try await client.execute(uri: "/page?role=b", method: .get) { response in
                #expect(String(buffer: response.body).hasSuffix("b"))
            }
            #expect(counter.renders == 5)
        }
        #expect(cache.usage.bytes <= 1_000 && cache.usage.entries == 3)
        for round in 0..<50 {
            try await Application(router: router(cache, counter, size: 300)).test(.router) { client in
                try await client.execute(uri: "/page?role=many-\(round)", method: .get) { _ in }
            }
        }
        #expect(cache.usage.bytes <= 1_000)
    }
}
