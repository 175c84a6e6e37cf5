import CareerKit
import CareerStoreSQLite
import Foundation
import GRDB
import Testing

@Suite("Migrating a database saved by an earlier schema")
struct MigrationTests {
    static let fixture = Bundle.module.url(forResource: "Fixtures/v1-database", withExtension: "sql")!

    @Test("A result saved under schema v1 reads the same after the migration, from its answers alone")
    func savedResultSurvives() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("v1-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let shown = try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: String(contentsOf: Self.fixture, encoding: .utf8))
            return try Data.fetchOne(db, sql: "SELECT resultJSON FROM savedResult")!
        }

        let store = try SQLiteCareerStore(path: path)
        let token = try #require(ResultToken(rawValue: "v1v1v1v1v1v1v1v1v1v1v1"))
        let saved = try #require(try await store.result(token: token))
        #expect(
            saved.answers.utf8.count <= 2_048,
            "a saved result should take at most 2 KB, not \(saved.answers.utf8.count)")
        let service = CareerService(base: try KnowledgeBaseLoader.bundled().load(), store: store)
        let opened = try await service.openResult(token: "v1v1v1v1v1v1v1v1v1v1v1")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let now = try JSONSerialization.jsonObject(with: encoder.encode(opened.result)) as? NSDictionary
        let then = try JSONSerialization.jsonObject(with: shown) as? NSDictionary
        // The answers read back intact, so everything scored from them is as shown then. (Next steps are advice
        // the product has since made personal, leaving out skills the person rated 3 or 4; they may differ.)
        #expect(now != nil)
        for key in ["ranking", "skillGaps", "levers", "answeredCount", "skippedItems", "questionnaireVersion"] {
            #expect(now?[key] as? NSObject == then?[key] as? NSObject, "\(key)")
        }

        let documentToken = try #require(ResultToken(rawValue: "v1docv1docv1docv1docv1"))
        let document = try #require(try await store.analysis(token: documentToken))
        #expect(document.target == "mlops-engineer" && document.kind == .resume)
        #expect(try await store.allFeedback().map(\.role) == ["mlops-engineer"])
    }
}
