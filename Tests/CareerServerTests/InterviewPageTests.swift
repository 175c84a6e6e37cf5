import CareerKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Interview practice on the web, without JavaScript: start, answer each question by ticking points, summary.
@Suite("The interview practice pages")
struct InterviewPageTests {
    @Test("A whole session: each question with its points to tick, then the weak areas and the plan link")
    func session() async throws {
        try await withAPI { client in
            let start = text(try await client.execute(uri: "/interview?role=ml-engineer", method: .get).body)
            #expect(start.contains("<option value=\"ml-engineer\" selected>"))
            let (headers, body) = multipart(
                [
                    ("role", "ml-engineer"), ("level", "mid"), ("count", "3"), ("seed", "5"), ("have", "python, sql"),
                    ("resume", ""),
                ], file: nil)
            var html = text(
                try await client.execute(uri: "/interview", method: .post, headers: headers, body: body).body)
            #expect(html.contains("Question 1 of 3 for Machine Learning Engineer"))
            #expect(html.contains("<details><summary>What a strong answer covers</summary>"))
            for step in 0..<3 {
                func hidden(_ name: String) -> String {
                    html.components(separatedBy: "name=\"\(name)\" value=\"").dropFirst().first?
                        .components(separatedBy: "\"").first ?? ""
                }
                var fields = ["role", "level", "count", "seed", "have", "answers", "step"].map { ($0, hidden($0)) }
                if step == 0 { fields += [("point-0", "yes"), ("point-1", "yes")] }
                html = text(
                    try await client.execute(
                        uri: "/interview/answer", method: .post, headers: formHeaders, body: form(fields)
                    ).body)
                if step < 2 { #expect(html.contains("Question \(step + 2) of 3")) }
            }
            #expect(html.contains("You covered 2 of "))
            #expect(html.contains("<h2>Work on</h2>"))
            #expect(html.contains("href=\"/plan?target=ml-engineer&amp;have=python%2Csql\""))
        }
    }

    @Test("Bad input keeps the start page with the reason")
    func refusals() async throws {
        try await withAPI { client in
            let (headers, body) = multipart([("role", "ml-engineer"), ("count", "99")], file: nil)
            let response = try await client.execute(uri: "/interview", method: .post, headers: headers, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(text(response.body).contains("Ask for 1 to 20 questions."))
        }
    }
}
