import CareerKit
import CareerStoreSQLite
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A plan made on the web, followed and kept: ticks, a re-plan that keeps them, downloads that import back.
@Suite("The plan pages")
struct PlanPageTests {
    static let resume = """
        Dana Okafor, backend engineer
        - Wrote Terraform modules; ran services on EKS.
        Skills: Python, Go, SQL
        """

    /// Makes a plan from a pasted resume and returns its private path.
    static func make(_ client: any TestClientProtocol, hours: String = "6") async throws -> String {
        let (headers, body) = multipart(
            [("target", "mlops-engineer"), ("resume", resume), ("have", ""), ("from", ""), ("hours", hours)], file: nil)
        let response = try await client.execute(uri: "/plan", method: .post, headers: headers, body: body)
        #expect(response.status == .seeOther)
        return response.headers[.location] ?? ""
    }

    @Test("A pasted resume makes a kept plan: stages, weeks, links, and what the tools imply left out")
    func create() async throws {
        try await withAPI { client, store in
            let path = try await Self.make(client)
            #expect(path.hasPrefix("/plans/"))
            #expect(try await store.counts().plans == 1)
            let html = text(try await client.execute(uri: path, method: .get).body)
            #expect(html.contains("Your plan toward MLOps Engineer"))
            #expect(html.contains("0 of ") && html.contains("weeks at 6 hours a week"))
            #expect(html.contains("<h2>Stage 1"))
            #expect(html.contains("Counted as had:") && html.contains("Infrastructure as code"))
            #expect(!html.contains("id=\"step-kubernetes\""), "Kubernetes is implied by EKS")
            #expect(html.contains(">documentation</a>"))
            #expect(!html.contains("Dana Okafor"), "the resume itself is not kept or shown")
        }
    }

    @Test("A step ticks done, unticks, and a re-plan from a newer skill list keeps the ticks still in the plan")
    func progress() async throws {
        try await withAPI { client in
            let path = try await Self.make(client)
            for (skill, done) in [("ci-cd", "yes"), ("model-monitoring", "yes"), ("model-monitoring", "no")] {
                let response = try await client.execute(
                    uri: path + "/steps", method: .post, headers: formHeaders,
                    body: form([("skill", skill), ("done", done)]))
                #expect(response.status == .seeOther && response.headers[.location] == "\(path)#step-\(skill)")
            }
            var html = text(try await client.execute(uri: path, method: .get).body)
            #expect(html.contains("1 of "))
            #expect(html.contains("aria-label=\"Mark CI/CD not done\""))
            // A newer list that now has CI/CD: that step leaves the plan; one with other skills keeps the tick.
            let (headers, body) = multipart([("have", "python, terraform, eks, docker"), ("resume", "")], file: nil)
            _ = try await client.execute(uri: path + "/replan", method: .post, headers: headers, body: body)
            html = text(try await client.execute(uri: path, method: .get).body)
            #expect(html.contains("1 of ") && html.contains("aria-label=\"Mark CI/CD not done\""))
            #expect(html.contains("weeks at 6 hours a week"), "the hours a week are kept")
            let wrong = try await client.execute(
                uri: path + "/steps", method: .post, headers: formHeaders,
                body: form([("skill", "excel"), ("done", "yes")]))
            #expect(wrong.status == .unprocessableContent)
        }
    }

    @Test("The plan downloads as Markdown and JSON, and the JSON imports back as the same plan")
    func exportAndImport() async throws {
        try await withAPI { client, store in
            let path = try await Self.make(client, hours: "10")
            _ = try await client.execute(
                uri: path + "/steps", method: .post, headers: formHeaders,
                body: form([("skill", "ci-cd"), ("done", "yes")]))
            let markdown = try await client.execute(uri: path + "/plan.md", method: .get)
            #expect(markdown.headers[.contentDisposition] == "attachment; filename=\"plan.md\"")
            #expect(text(markdown.body).contains("- [x] **CI/CD**"))
            let json = try await client.execute(uri: path + "/plan.json", method: .get)
            #expect(json.headers[.contentType] == "application/json")
            let (headers, body) = multipart([], file: ("plan.json", Data(text(json.body).utf8)), fileField: "plan-file")
            let imported = try await client.execute(uri: "/plan", method: .post, headers: headers, body: body)
            #expect(imported.status == .seeOther)
            let copy = imported.headers[.location] ?? ""
            #expect(copy != path && copy.hasPrefix("/plans/"))
            let again = try await client.execute(uri: copy + "/plan.json", method: .get)
            #expect(text(again.body) == text(json.body), "the round trip gives the same plan")
            #expect(try await store.counts().plans == 2)
            let (junkHeaders, junk) = multipart([], file: ("plan.json", Data("{}".utf8)), fileField: "plan-file")
            let refused = try await client.execute(uri: "/plan", method: .post, headers: junkHeaders, body: junk)
            #expect(refused.status == .unprocessableContent)
            #expect(text(refused.body).contains("not a plan exported by AI Career Finder"))
        }
    }

    @Test("Bad input keeps what was typed; deleting asks first, then the link is gone")
    func refusalsAndDelete() async throws {
        try await withAPI { client, store in
            let (headers, body) = multipart(
                [("target", "mlops-engineer"), ("have", "python, kubernettes"), ("resume", ""), ("hours", "")],
                file: nil)
            let refused = try await client.execute(uri: "/plan", method: .post, headers: headers, body: body)
            #expect(refused.status == .unprocessableContent)
            let html = text(refused.body)
            #expect(html.contains("kubernettes") && html.contains("value=\"python, kubernettes\""))
            let path = try await Self.make(client)
            #expect(text(try await client.execute(uri: path + "/delete", method: .get).body).contains("Yes, delete it"))
            #expect(try await client.execute(uri: path + "/delete", method: .post).status == .ok)
            #expect(try await store.counts().plans == 0)
            #expect(try await client.execute(uri: path, method: .get).status == .notFound)
        }
    }

    @Test("The path page and a resume's analysis offer to make the plan")
    func offered() async throws {
        try await withAPI { client in
            let path = text(
                try await client.execute(
                    uri: "/path?from=data-analyst&to=ml-engineer&have=pandas", method: .get
                ).body)
            #expect(path.contains("href=\"/plan?target=ml-engineer&amp;from=data-analyst&amp;have=pandas\""))
            let filled = text(
                try await client.execute(uri: "/plan?target=ml-engineer&from=data-analyst&have=pandas", method: .get)
                    .body)
            #expect(filled.contains("<option value=\"ml-engineer\" selected>"))
            #expect(filled.contains("value=\"pandas\""))
            let analysis = text(
                try await client.execute(
                    uri: "/analyze", method: .post, headers: formHeaders,
                    body: form([("kind", "resume"), ("text", Self.resume), ("target", "mlops-engineer")])
                ).body)
            #expect(analysis.contains("action=\"/plan\"") && analysis.contains("Make this a plan"))
        }
    }
}
