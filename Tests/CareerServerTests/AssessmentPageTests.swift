import CareerKit
import CareerStoreSQLite
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CareerServer

/// The assessment's pages as a person meets them: nothing chosen for them, short pages, and a clear word when
/// too little is answered to rank, with every answer kept.
@Suite("The assessment pages")
struct AssessmentPageTests {
    static let questionnaire = try! KnowledgeBaseLoader.bundled().load().questionnaire!

    @Test("Items start unanswered, and no page holds more than twelve")
    func unansweredAndShort() async throws {
        try await withAPI { client in
            let first = text(try await client.execute(uri: "/assessment", method: .get).body)
            #expect(first.contains("type=\"radio\""))
            #expect(!first.contains(" checked"), "a choice made for the person")
            let pages = Self.questionnaire.sections.count
            var html = first, step = 0, seen = 0, parts = 0
            while true {
                let items = html.components(separatedBy: "<fieldset>").count - 1
                #expect((1...12).contains(items), "page \(step + 1) holds \(items) items")
                seen += items
                parts = Int(html.components(separatedBy: " of ").dropFirst().first?.prefix { $0.isNumber } ?? "") ?? 0
                if html.contains("value=\"finish\"") || step > 20 { break }
                html = text(
                    try await client.execute(
                        uri: "/assessment", method: .post, headers: formHeaders,
                        body: form([("step", String(step)), ("go", "next")])
                    ).body)
                step += 1
            }
            #expect(seen == Self.questionnaire.items.count, "every item on some page")
            #expect(parts > pages, "a long section is split")
            #expect(step + 1 == parts)
        }
    }

    @Test("Finishing with too few answers says how many are needed and keeps every answer")
    func tooFew() async throws {
        let items = Self.questionnaire.items
        let given = items.prefix(5).compactMap { item -> (String, String)? in
            item.scale.map { (item.id.rawValue, String($0.max)) }
        }
        try await withAPI { client, store in
            let last = AssessmentPages.pages(of: Self.questionnaire).count - 1
            let response = try await client.execute(
                uri: "/assessment", method: .post, headers: formHeaders,
                body: form([("step", String(last)), ("go", "finish")] + given))
            #expect(response.status == .unprocessableContent)
            let html = text(response.body)
            let needed = (items.count + 1) / 2
            #expect(
                html.contains("You have answered \(given.count) of \(items.count) items; at least \(needed) are needed")
            )
            for (name, value) in given {
                #expect(html.contains("name=\"\(name)\" value=\"\(value)\""), "\(name) kept")
            }
            #expect(try await store.counts().results == 0)
        }
    }
}
