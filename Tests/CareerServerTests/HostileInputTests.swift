import CareerKit
import CareerServer
import CareerStoreSQLite
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// A clock the test moves by hand.
final class ManualClock: Sendable {
    private let time = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
    func now() -> Date { time.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { time.withLock { $0 += seconds } }
}

@Suite("Hostile input: limits, escaping, headers, rate limits")
struct HostileInputTests {
    static let payloads = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
        "</textarea><svg onload=alert(1)>",
    ]
    static let leaks = [".swift", "Sources/", "/work/", "Fatal error", "Backtrace", "careerfinder.sqlite"]

    func form(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._"))
        let body = fields.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        return ByteBuffer(string: body)
    }

    func query(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }

    /// Checks a response: no 5xx, no raw payload, no internal detail.
    func inspect(_ response: TestResponse, _ payload: String, _ label: String) {
        let body = String(buffer: response.body)
        #expect(response.status.code < 500, "\(label): \(response.status)")
        // JSON may hold any text: with nosniff it is never run as a page. HTML must escape it.
        let type = response.headers[.contentType] ?? ""
        #expect(type.hasPrefix("text/html") || type.contains("json"), "\(label): \(type)")
        if type.hasPrefix("text/html") { #expect(!body.contains(payload), "\(label) echoes the payload unescaped") }
        for leak in Self.leaks { #expect(!body.contains(leak), "\(label) leaks \(leak)") }
    }

    @Test("script and attribute-breaking payloads in every echoed field come back escaped")
    func escaping() async throws {
        try await withAPI { client in
            let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            for payload in Self.payloads {
                let encoded = query(payload)
                for uri in [
                    "/roles/\(encoded)", "/compare?roles=\(encoded)&roles=ml-engineer", "/salaries?role=\(encoded)",
                    "/salaries?role=data-scientist&area=\(encoded)", "/path?from=\(encoded)&to=ml-engineer",
                    "/path?from=data-analyst&to=ml-engineer&have=\(encoded)", "/results/\(encoded)",
                    "/api/roles/\(encoded)", "/api/wages?role=data-scientist&area=\(encoded)",
                ] {
                    try await client.execute(uri: uri, method: .get) { inspect($0, payload, "GET \(uri)") }
                }
                for fields in [
                    [("kind", "resume"), ("text", "Python and SQL. \(payload)"), ("target", payload)],
                    [("kind", "job"), ("text", "Data Scientist\nRequirements: \(payload)")],
                    [("kind", payload), ("text", payload)],
                ] {
                    try await client.execute(uri: "/analyze", method: .post, headers: formHeaders, body: form(fields)) {
                        inspect($0, payload, "POST /analyze \(fields[0].1)")
                    }
                }
                try await client.execute(
                    uri: "/assessment", method: .post, headers: formHeaders,
                    body: form([("step", payload), ("ship-model-service", payload), ("priority", payload)])
                ) { inspect($0, payload, "POST /assessment") }
            }
        }
    }

    @Test("every response carries the security headers, errors included")
    func securityHeaders() async throws {
        try await withAPI { client in
            for (uri, method) in [
                ("/", HTTPRequest.Method.get), ("/api/roles", .get), ("/nowhere", .get), ("/api/roles/nobody", .get),
                ("/api/assessment", .post),
            ] {
                try await client.execute(uri: uri, method: method, body: ByteBuffer(string: "{")) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(
                        policy.contains("script-src 'self'") && !policy.contains("script-src 'self' 'unsafe-inline'"),
                        "\(uri)")
                    #expect(policy.contains("style-src 'self';"), "\(uri)")
                    #expect(policy.contains("frame-ancestors 'none'"), "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(uri)")
                }
            }
        }
    }

    @Test("pages carry no inline scripts or styles, so the policy holds")
    func noInlineScripts() async throws {
        try await withAPI { client in
            for uri in [
                "/", "/assessment", "/roles/ml-engineer", "/compare?roles=ml-engineer&roles=data-scientist",
                "/salaries?role=data-scientist&area=austin", "/path?from=data-analyst&to=ml-engineer", "/analyze",
                "/sources",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    let page = String(buffer: response.body).lowercased()
                    #expect(!page.contains("<script"), "\(uri) has a script element")
                    #expect(!page.contains(" onload=") && !page.contains(" onclick="), "\(uri) has an inline handler")
                    #expect(!page.contains(" style=") && !page.contains("<style"), "\(uri) has an inline style")
                }
            }
        }
    }

    @Test("over-limit input answers 413 or 422 with a short problem, never a 500")
    func limits() async throws {
        try await withAPI { client in
            let huge = ByteBuffer(repeating: UInt8(ascii: "a"), count: 1_200_000)
            for uri in ["/api/assessment", "/api/analyze/resume"] {
                try await client.execute(uri: uri, method: .post, body: huge) {
                    #expect($0.status == .contentTooLarge, "\(uri)")
                }
            }
            let manyAnswers =
                "{\"version\": \"x\", \"answers\": {" + (0..<5000).map { "\"i\($0)\": 1" }.joined(separator: ",") + "}}"
            try await client.execute(uri: "/api/assessment", method: .post, body: ByteBuffer(string: manyAnswers)) {
                response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.readableBytes < 2000)
            }
            let manySkills = (0..<500).map { "skill\($0)" }.joined(separator: ",")
            try await client.execute(uri: "/api/path?from=data-analyst&to=ml-engineer&have=\(manySkills)", method: .get)
            { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.readableBytes < 1000)
            }
            let longName = String(repeating: "ml-engineer", count: 500)
            try await client.execute(uri: "/api/roles/\(longName)", method: .get) { #expect($0.status == .notFound) }
            let longerName = String(repeating: "ml-engineer", count: 2000)
            try await client.execute(uri: "/api/roles/\(longerName)", method: .get) { response in
                #expect(response.status == .uriTooLong)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test("writes past the per-client limit answer 429 with Retry-After, and the limit refills with time")
    func rateLimit() async throws {
        let clock = ManualClock()
        let tokens = TokenCounter()
        var dependencies = AppDependencies(
            base: try KnowledgeBaseLoader.bundled().load(), store: try SQLiteCareerStore.inMemory(),
            makeToken: { tokens.next() }, now: { clock.now() })
        dependencies.writesPerMinute = 3
        let app = Application(router: buildRouter(dependencies))
        try await app.test(.router) { client in
            let sheet = ByteBuffer(string: APITests.answers)
            for _ in 0..<3 {
                try await client.execute(uri: "/api/assessment", method: .post, body: sheet) {
                    #expect($0.status == .ok)
                }
            }
            try await client.execute(uri: "/api/assessment", method: .post, body: sheet) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "20")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            try await client.execute(uri: "/api/roles", method: .get) { #expect($0.status == .ok) }
            clock.advance(20)
            try await client.execute(uri: "/api/assessment", method: .post, body: sheet) { #expect($0.status == .ok) }
        }
    }
}
