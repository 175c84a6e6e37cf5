import CareerKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

func form(_ fields: [(String, String)]) -> ByteBuffer {
    let allowed = CharacterSet.alphanumerics.union(.init(charactersIn: "-_.~"))
    return ByteBuffer(
        string: fields.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)=\(value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&"))
}

let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

@Suite("The web pages")
struct WebPageTests {
    @Test("Every reading page is one HTML document with a language, one h1 and labelled navigation")
    func readingPages() async throws {
        try await withAPI { client in
            for uri in [
                "/", "/roles", "/roles/nlp-engineer", "/compare?roles=ml-engineer&roles=mlops-engineer",
                "/salaries?role=ml-engineer", "/sources", "/analyze", "/assessment",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let html = text(response.body)
                    #expect(html.contains("<html lang=\"en\">"), "\(uri)")
                    #expect(html.components(separatedBy: "<h1>").count == 2, "\(uri) must have one h1")
                    #expect(html.contains("<nav aria-label=\"Main\">"))
                }
            }
        }
    }

    @Test("The salary page charts each band with its source's name on a stated axis; compare has a table per aspect")
    func charts() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/salaries?role=data-scientist", method: .get) { response in
                let html = text(response.body)
                #expect(html.contains("<figure class=\"chart\">") && html.contains("<div class=\"chart-axis\""))
                #expect(html.contains("Entry · The Ultimate AI Career Comparison"))
                #expect(html.contains("Entry · Data Scientist vs Machine Learning Engineer"))
                #expect(html.contains("<span>$0</span>"))
            }
            try await client.execute(uri: "/compare?roles=ml-engineer&roles=data-scientist", method: .get) { response in
                let html = text(response.body)
                #expect(html.contains("<th scope=\"row\">Daily tasks</th>"))
                #expect(html.contains("<th scope=\"col\">Data Scientist</th>"))
            }
        }
    }

    @Test("Errors on pages come back as pages, not JSON")
    func htmlErrors() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/roles/nobody", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(text(response.body).contains("Unknown role"))
            }
        }
    }

    @Test("The assessment flow keeps answers going back and forward, then saves, shares, takes feedback and deletes")
    func assessmentFlow() async throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        let questionnaire = try #require(base.questionnaire)
        var generator = SplitMix64(seed: 17)
        let sheet = questionnaire.randomSheet(using: &generator)
        let fields = zip(questionnaire.items, sheet.answers).map { item, answer -> (String, String) in
            switch answer {
            case .value(let value): (item.id.rawValue, String(value))
            case .choice(let id): (item.id.rawValue, id)
            case .skipped: (item.id.rawValue, "skip")
            }
        }
        try await withAPI { client in
            // Forward from part 1 with part 1's answers: part 2 carries them as hidden fields.
            let firstSection = questionnaire.items.filter { $0.section == questionnaire.sections[0].id }.map(
                \.id.rawValue)
            let partOne = fields.filter { firstSection.contains($0.0) }
            try await client.execute(
                uri: "/assessment", method: .post, headers: formHeaders,
                body: form([("step", "0"), ("go", "next")] + partOne)
            ) { response in
                let html = text(response.body)
                #expect(html.contains("Part 2 of"))
                #expect(html.contains("type=\"hidden\" name=\"\(partOne[0].0)\" value=\"\(partOne[0].1)\""))
            }
            // Back from part 2 shows part 1 with the answer still checked.
            try await client.execute(
                uri: "/assessment", method: .post, headers: formHeaders,
                body: form([("step", "1"), ("go", "back")] + partOne)
            ) { response in
                let html = text(response.body)
                #expect(html.contains("Part 1 of"))
                #expect(html.contains("name=\"\(partOne[0].0)\" value=\"\(partOne[0].1)\" checked"))
            }
            var location = ""
            try await client.execute(
                uri: "/assessment", method: .post, headers: formHeaders,
                body: form([("step", String(questionnaire.sections.count - 1)), ("go", "finish")] + fields)
            ) { response in
                #expect(response.status == .seeOther)
                location = response.headers[.location] ?? ""
            }
            #expect(location.hasPrefix("/results/"))
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(text(response.body).contains("careerfinder_assessments_completed_total 1"))
            }
            var topRole = ""
            try await client.execute(uri: location, method: .get) { response in
                let html = text(response.body)
                #expect(html.contains("Your ranking") && html.contains("<div class=\"chart-axis\""))
                // Fit bars are SVG tracks on one 0-100 axis, so the page needs no inline style.
                #expect(html.contains("<svg class=\"track\"") && !html.contains(" style="))
                #expect(!html.contains("aria-pressed=\"true\""), "no vote yet")
                #expect(html.contains("Private link"))
                topRole =
                    html.components(separatedBy: "name=\"role\" value=\"").dropFirst().first?.components(
                        separatedBy: "\""
                    ).first ?? ""
            }
            // One vote per role, which a second vote changes; the page names the role and shows the choice.
            for fit in ["good", "poor"] {
                try await client.execute(
                    uri: location + "/feedback", method: .post, headers: formHeaders,
                    body: form([("role", topRole), ("fit", fit)])
                ) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == location + "?rated=\(topRole)#fit-\(topRole)")
                }
            }
            try await client.execute(uri: location + "?rated=\(topRole)", method: .get) { response in
                let html = text(response.body)
                let title = try KnowledgeBaseLoader.bundled().load().roleTitle(Role.ID(topRole))
                #expect(html.contains("Thank you: you rated \(title) a poor fit."))
                #expect(html.contains("You said a poor fit; choose again to change it."))
                #expect(html.components(separatedBy: "aria-pressed=\"true\"").count == 2)
                #expect(html.contains("aria-label=\"Is \(title) right for you?\""))
            }
            try await client.execute(uri: "/api/validity", method: .get) { response in
                let report = try json(response.body)
                #expect(report["answers"] as? Int == 1)
            }
            // The result downloads as Markdown and JSON.
            try await client.execute(uri: location + "/result.md", method: .get) { response in
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"ai-career-result.md\"")
                let markdown = text(response.body)
                #expect(markdown.hasPrefix("# Your AI career result") && markdown.contains("## Ranking"))
                #expect(markdown.contains("## Sources") && !markdown.contains("seed-0"))
            }
            try await client.execute(uri: location + "/result.json", method: .get) { response in
                #expect((try? json(response.body))?["ranking"] != nil)
            }
            // Deleting asks first; only the confirmed POST deletes.
            try await client.execute(uri: location + "/delete", method: .get) { response in
                #expect(response.status == .ok && text(response.body).contains("Yes, delete it"))
            }
            try await client.execute(uri: location, method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: location + "/delete", method: .post) { #expect($0.status == .ok) }
            try await client.execute(uri: location, method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test("Text people paste is escaped wherever it is shown again")
    func escaping() async throws {
        try await withAPI { client in
            let payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> Python"
            try await client.execute(
                uri: "/analyze", method: .post, headers: formHeaders,
                body: form([("kind", "resume"), ("text", payload)])
            ) { response in
                let html = text(response.body)
                #expect(!html.contains("<script>alert(1)"))
                #expect(!html.contains("<img src=x"))
                #expect(html.contains("&lt;script&gt;"))
                #expect(html.contains("Python"))
                #expect(html.contains("<svg class=\"bar\"") && !html.contains(" style="))
            }
        }
    }

    @Test("Answers a form cannot hold are refused with 422, not guessed")
    func badAnswers() async throws {
        try await withAPI { client in
            try await client.execute(
                uri: "/assessment", method: .post, headers: formHeaders,
                body: form([("step", "0"), ("tune-training", "99")])
            ) { #expect($0.status == .unprocessableContent) }
        }
    }
}
