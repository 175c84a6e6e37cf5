import CareerKit
import CareerStoreSQLite
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("A saved analysis: its private link opens it, and its owner deletes it")
struct SavedAnalysisPageTests {
    @Test("Saving on the analyze page gives a link that opens the text and its analysis, then deletes both")
    func lifecycle() async throws {
        let posting = "MLOps Engineer\nRequirements\n- Kubernetes, Terraform <b>now</b>\n"
        let (headers, body) = multipart([("kind", "job"), ("text", posting), ("save", "yes")], file: nil)
        try await withAPI { client, store in
            var path = ""
            try await client.execute(uri: "/analyze", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let html = text(response.body)
                let link = try #require(
                    html.range(of: #"href="/analyses/[A-Za-z0-9_-]{22}""#, options: .regularExpression))
                path = String(html[link].dropFirst(6).dropLast())
            }
            #expect(try await store.counts().analyses == 1)
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                let html = text(response.body)
                #expect(html.contains("Your saved posting"))
                #expect(html.contains("Terraform &lt;b&gt;now&lt;/b&gt;"))
                #expect(html.contains("This posting is most like: MLOps Engineer"))
                #expect(html.contains("href=\"\(path)/delete\""))
            }
            // Deleting asks first; the question page keeps the text.
            try await client.execute(uri: path + "/delete", method: .get) { response in
                #expect(response.status == .ok)
                let html = text(response.body)
                #expect(html.contains("cannot be undone") && html.contains("action=\"\(path)/delete\""))
                #expect(html.contains("href=\"\(path)\">No, keep it"))
            }
            #expect(try await store.counts().analyses == 1)
            try await client.execute(uri: path + "/delete", method: .post) { response in
                #expect(response.status == .ok)
                #expect(text(response.body).contains("are gone"))
            }
            #expect(try await store.counts().analyses == 0)
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            }
            try await client.execute(uri: "/api" + path, method: .get) { #expect($0.status == .notFound) }
        }
    }
}
