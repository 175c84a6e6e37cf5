import CareerKit
import CareerServer
import CareerStoreSQLite
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yams

@Suite("Metrics and the API description")
struct OperationsTests {
    @Test("/metrics counts requests by route pattern and status, times them, and counts finished assessments")
    func metrics() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/api/roles", method: .get) { _ in }
            try await client.execute(uri: "/api/roles", method: .get) { _ in }
            try await client.execute(uri: "/api/roles/nlp-engineer", method: .get) { _ in }
            try await client.execute(uri: "/api/roles/nobody", method: .get) { _ in }
            try await client.execute(uri: "/no/such/page/123", method: .get) { _ in }
            try await client.execute(
                uri: "/api/assessment", method: .post, body: ByteBuffer(string: APITests.answers)
            ) { #expect($0.status == .ok) }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let lines = Set(text(response.body).split(separator: "\n").map(String.init))
                let requests = "careerfinder_http_requests_total"
                #expect(lines.contains(#"\#(requests){route="/api/roles",method="GET",status="200"} 2"#))
                #expect(lines.contains(#"\#(requests){route="/api/roles/{id}",method="GET",status="200"} 1"#))
                #expect(lines.contains(#"\#(requests){route="/api/roles/{id}",method="GET",status="404"} 1"#))
                #expect(lines.contains(#"\#(requests){route="unmatched",method="GET",status="404"} 1"#))
                #expect(lines.contains("careerfinder_assessments_completed_total 1"))
                let count =
                    #"careerfinder_http_request_duration_seconds_count{route="/api/roles",method="GET",status="200"} 2"#
                #expect(lines.contains(count))
                // Raw paths (which carry ids and tokens) never become labels.
                #expect(!lines.contains { $0.contains("nlp-engineer") || $0.contains("/no/such") })
            }
        }
    }

    @Test("/openapi.yaml is OpenAPI 3.1 and documents exactly the API routes the router has")
    func openAPIMatchesRouter() async throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        let router = buildRouter(AppDependencies(base: base, store: try SQLiteCareerStore.inMemory()))
        let served = Set(
            router.routes.map { "\($0.method.rawValue.lowercased()) \($0.path)" }
                .filter {
                    $0.contains(" /api/") || $0.hasSuffix(" /health") || $0.hasSuffix(" /ready")
                        || $0.hasSuffix(" /metrics")
                })
        try await withAPI { client in
            try await client.execute(uri: "/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok)
                let document = try #require(try Yams.load(yaml: text(response.body)) as? [String: Any])
                #expect(document["openapi"] as? String == "3.1.0")
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                var documented: Set<String> = []
                for (path, operations) in paths {
                    for method in operations.keys where ["get", "post", "put", "delete", "patch"].contains(method) {
                        documented.insert("\(method) \(path)")
                    }
                }
                #expect(served.subtracting(documented).isEmpty, "undocumented: \(served.subtracting(documented))")
                let missing = documented.subtracting(served).subtracting(["get /openapi.yaml"])
                #expect(missing.isEmpty, "documented but not served: \(missing)")
            }
        }
    }
}

@Suite("The stylesheet")
struct StylesheetTests {
    @Test("It is served as a static file with caching headers, and a browser holding it gets 304")
    func cached() async throws {
        try await withAPI { client in
            var etag = ""
            try await client.execute(uri: "/style.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.headers[.cacheControl] == "public, max-age=86400")
                etag = response.headers[.eTag] ?? ""
                #expect(etag.count > 2)
                #expect(String(buffer: response.body).contains("font-family"))
            }
            try await client.execute(uri: "/style.css", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
        }
    }
}
