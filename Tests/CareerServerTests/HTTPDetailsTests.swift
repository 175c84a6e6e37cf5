import CareerKit
import CompressNIO
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What browsers and people meet besides the pages' content: HEAD, gzip, an icon, over-long addresses, a skip
/// link, national figures by default, and pages that name sources and roles rather than their ids.
@Suite("HTTP details and plain language")
struct HTTPDetailsTests {
    static let pages = [
        "/", "/roles", "/roles/ml-engineer", "/roles/senior-ml-engineer", "/compare",
        "/compare?roles=ml-engineer&roles=data-scientist&roles=ai-product-manager", "/salaries",
        "/salaries?role=data-scientist", "/salaries?role=mlops-engineer&area=austin", "/sources", "/assessment",
        "/analyze", "/match", "/path", "/path?from=data-analyst&to=ml-engineer",
        "/path?from=ml-engineer&to=data-analyst", "/privacy",
    ]

    @Test("HEAD answers every GET route with the GET's status and headers and no body")
    func head() async throws {
        try await withAPI { client in
            for uri in Self.pages + ["/style.css", "/favicon.svg", "/api/roles", "/openapi.yaml", "/health"] {
                let get = try await client.execute(uri: uri, method: .get)
                let head = try await client.execute(uri: uri, method: .head)
                #expect(head.status == get.status, "\(uri)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
                #expect(head.body.readableBytes == 0, "\(uri)")
            }
        }
    }

    @Test("Text responses are gzipped for clients that accept it, and decompress to the plain response")
    func gzip() async throws {
        try await withAPI { client in
            for uri in ["/roles/ml-engineer", "/style.css", "/api/roles/ml-engineer"] {
                let plain = try await client.execute(uri: uri, method: .get)
                #expect(plain.headers[.contentEncoding] == nil)
                let zipped = try await client.execute(uri: uri, method: .get, headers: [.acceptEncoding: "gzip, br"])
                #expect(zipped.headers[.contentEncoding] == "gzip", "\(uri)")
                #expect(zipped.headers[.vary] == "Accept-Encoding")
                #expect(zipped.body.readableBytes < plain.body.readableBytes / 2, "\(uri)")
                var body = zipped.body
                let unzipped = try body.decompress(with: .gzip())
                #expect(unzipped == plain.body, "\(uri)")
            }
            // Refused by q=0, or too small to be worth it.
            let refused = try await client.execute(
                uri: "/roles/ml-engineer", method: .get, headers: [.acceptEncoding: "gzip;q=0"])
            #expect(refused.headers[.contentEncoding] == nil)
            let small = try await client.execute(uri: "/health", method: .get, headers: [.acceptEncoding: "gzip"])
            #expect(small.headers[.contentEncoding] == nil)
        }
    }

    @Test("An icon is served, and /favicon.ico points to it")
    func favicon() async throws {
        try await withAPI { client in
            let icon = try await client.execute(uri: "/favicon.svg", method: .get)
            #expect(icon.status == .ok && icon.headers[.contentType] == "image/svg+xml")
            #expect(text(icon.body).hasPrefix("<svg"))
            let ico = try await client.execute(uri: "/favicon.ico", method: .get)
            #expect(ico.status == .movedPermanently && ico.headers[.location] == "/favicon.svg")
            let home = try await client.execute(uri: "/", method: .get)
            #expect(text(home.body).contains("<link rel=\"icon\" href=\"/favicon.svg\""))
        }
    }

    @Test("An over-long address gets 414: a readable page for people, a problem document for programs")
    func longAddress() async throws {
        try await withAPI { client in
            let long = String(repeating: "x", count: 9_000)
            let page = try await client.execute(uri: "/roles?q=\(long)", method: .get)
            #expect(page.status == .uriTooLong)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(text(page.body).contains("This address is too long"))
            let api = try await client.execute(uri: "/api/roles?q=\(long)", method: .get)
            #expect(api.status == .uriTooLong && api.headers[.contentType] == "application/problem+json")
            // Just under the limit is served as usual.
            let fine = try await client.execute(uri: "/roles?q=\(String(repeating: "x", count: 8_000))", method: .get)
            #expect(fine.status == .ok)
        }
    }

    @Test("Every page starts with a skip link to the main content")
    func skipLink() async throws {
        try await withAPI { client in
            for uri in Self.pages {
                let html = text(try await client.execute(uri: uri, method: .get).body)
                #expect(html.contains("<a class=\"skip\" href=\"#main\">Skip to content</a>"), "\(uri)")
                #expect(html.contains("<main id=\"main\""), "\(uri)")
            }
        }
    }

    @Test("A role's salaries show the national official figures when no place is given")
    func nationalDefault() async throws {
        try await withAPI { client in
            let response = try await client.execute(uri: "/salaries?role=data-scientist", method: .get)
            let html = text(response.body)
            #expect(response.status == .ok)
            #expect(html.contains("Closest official occupation"))
            #expect(
                html.contains("Data Scientists · United States") || html.contains("Data scientists · United States"))
            let all = text(try await client.execute(uri: "/salaries", method: .get).body)
            #expect(!all.contains("Closest official occupation"))
        }
    }

    /// The page's text as people read it: tags and attribute values removed.
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in ["<script[^>]*>.*?</script>", "<[^>]+>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    @Test("A mistyped role is answered with the titles it resembles")
    func mistypedRole() async throws {
        try await withAPI { client in
            let response = try await client.execute(uri: "/roles/ml-enginer", method: .get)
            #expect(response.status == .notFound)
            #expect(text(response.body).contains("Did you mean &#39;Machine Learning Engineer&#39;?"))
        }
    }

    @Test("No page shows a source id or a role slug where people read")
    func plainLanguage() async throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        let sourceIDs = base.sources.map(\.id.rawValue).filter { $0.contains("-") }
        let slugs = base.roles.map(\.id.rawValue).filter { $0.contains("-") }
        try await withAPI { client in
            // Error pages too: a mistyped role is answered with titles, and no page tells people to run a command.
            for uri in Self.pages + ["/roles/ml-enginer", "/compare?roles=nope&roles=ml-engineer", "/results/nope"] {
                let shown = Self.visibleText(text(try await client.execute(uri: uri, method: .get).body))
                if shown.contains("careerfinder ") { Issue.record("\(uri) tells people to run a command") }
                for id in sourceIDs where shown.contains(id) { Issue.record("\(uri) shows the source id \(id)") }
                for slug in slugs where shown.range(of: "\\b\(slug)\\b", options: .regularExpression) != nil {
                    Issue.record("\(uri) shows the role slug \(slug)")
                }
            }
        }
    }
}
