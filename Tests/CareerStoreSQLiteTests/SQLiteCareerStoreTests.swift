import CareerKit
import CareerStoreSQLite
import Foundation
import GRDB
import Testing

@Suite("The SQLite store")
struct SQLiteCareerStoreTests {
    var generator = SplitMix64(seed: 42)

    func result(_ token: ResultToken) -> SavedResult {
        SavedResult(
            token: token, questionnaireVersion: "v-test", answers: "version: \"v-test\"\nanswers: {}\n",
            createdAt: Date(timeIntervalSince1970: 1_800_000_000))
    }

    @Test("A saved result reads back intact through its token, and deleting it twice answers false the second time")
    mutating func resultLifecycle() async throws {
        let store = try SQLiteCareerStore.inMemory()
        let token = ResultToken.random(using: &generator)
        try await store.save(result(token))
        let back = try #require(try await store.result(token: token))
        #expect(back == result(token))
        #expect(try await store.result(token: ResultToken.random(using: &generator)) == nil)
        #expect(try await store.deleteResult(token: token))
        #expect(try await store.deleteResult(token: token) == false)
        #expect(try await store.result(token: token) == nil)
    }

    @Test("Feedback is kept in order and tallied by rank and score band")
    func feedback() async throws {
        let store = try SQLiteCareerStore.inMemory()
        let answers = [(1, 82.0, true), (1, 75.0, true), (2, 61.0, false), (8, 12.0, false), (1, 55.0, false)]
        for (rank, score, good) in answers {
            try await store.record(
                MatchFeedback(questionnaireVersion: "v1", role: "ml-engineer", rank: rank, score: score, goodFit: good))
        }
        let all = try await store.allFeedback()
        #expect(all.map(\.rank) == [1, 1, 2, 8, 1])
        let report = ValidityReport(feedback: all)
        #expect(report.answers == 5)
        let first = try #require(report.byRank.first { $0.label == "rank 1" })
        #expect(first.answers == 3 && first.goodFit == 2)
        #expect(report.byScoreBand.first { $0.label == "score 80-100" }?.agreement == 1)
    }

    @Test("A file database survives reopening (WAL), and migrations run once")
    mutating func reopen() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "store-\(UUID().uuidString)/career.sqlite"
        ).path
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
        let token = ResultToken.random(using: &generator)
        do {
            let store = try SQLiteCareerStore(path: path)
            try await store.save(result(token))
        }
        let reopened = try SQLiteCareerStore(path: path)
        #expect(try await reopened.result(token: token) != nil)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        // Each migration is recorded once, and reopening applied none again (a second run would fail on
        // CREATE TABLE, and would record its identifier twice if it could).
        _ = try SQLiteCareerStore(path: path)
        let applied = try await DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(
            applied == [
                "v1: results, feedback, analyses", "v2: keep answers and texts, not results",
                "v3: one changeable vote per result and role", "v4: learning plans and their ticks",
            ])
    }

    @Test("Tokens use all 64 characters in every position and reject anything not shaped like one")
    mutating func tokens() {
        let tokens = (0..<2000).map { _ in ResultToken.random(using: &generator) }
        #expect(Set(tokens).count == 2000)
        // 22 positions of 6 random bits each: every position takes all 64 characters over 2,000 tokens (a generator
        // that fed fewer bits, or the same ones to every position, would leave characters out or repeat columns).
        for position in 0..<22 {
            let column = Set(tokens.map { Array($0.rawValue)[position] })
            #expect(column.count == 64, "position \(position) used \(column.count) characters")
        }
        #expect(Set(tokens.map { Array($0.rawValue)[0] == Array($0.rawValue)[1] }).count == 2)
        #expect(ResultToken(rawValue: "../../etc/passwd") == nil)
        #expect(ResultToken(rawValue: "short") == nil)
    }

    @Test("A saved analysis reads back with its target role, and it can be deleted")
    mutating func analyses() async throws {
        let store = try SQLiteCareerStore.inMemory()
        let token = ResultToken.random(using: &generator)
        try await store.save(
            SavedAnalysis(token: token, kind: .resume, text: "Python", target: "ml-engineer", createdAt: Date()))
        #expect(try await store.analysis(token: token)?.text == "Python")
        #expect(try await store.analysis(token: token)?.target == "ml-engineer")
        #expect(try await store.deleteAnalysis(token: token))
        #expect(try await store.analysis(token: token) == nil)
    }
}
