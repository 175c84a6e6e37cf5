import CareerKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The match page")
struct MatchPageTests {
    @Test("A resume and a posting pasted in come back matched, both kept in their boxes, escaped")
    func pasted() async throws {
        let resume = "Experience\n- Wrote Terraform modules <script>alert(1)</script>\nSkills: Python"
        let posting = "MLOps Engineer\nRequirements\n- Strong Python; Java a plus\n- Infrastructure as code\n"
        let (headers, body) = multipart([("resume", resume), ("posting", posting)], file: nil)
        try await withAPI { client in
            try await client.execute(uri: "/match", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let html = text(response.body)
                #expect(html.contains("<h2>Match: "))
                #expect(html.contains("Infrastructure as code: "))
                #expect(html.contains("implied by Terraform"))
                #expect(html.contains("(only in your skills list)"))
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!html.contains("<script>alert(1)"))
            }
        }
    }

    @Test("An empty posting is refused on the page, naming it, with the resume kept")
    func emptyPosting() async throws {
        let (headers, body) = multipart([("resume", "Python and SQL"), ("posting", "  ")], file: nil)
        try await withAPI { client in
            try await client.execute(uri: "/match", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                let html = text(response.body)
                #expect(html.contains("role=\"alert\">The posting is empty"))
                #expect(html.contains(">Python and SQL</textarea>"))
            }
        }
    }
}
