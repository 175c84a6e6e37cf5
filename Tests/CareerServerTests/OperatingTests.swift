import CareerKit
import CareerServer
import CareerStoreSQLite
import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceLifecycleTestKit
import Testing

@Suite("Running the server for others: readiness, retention, the privacy note")
struct OperatingTests {
    func dependencies(
        retainDays: Int? = nil, now: @escaping @Sendable () -> Date = { Date() }
    ) throws
        -> AppDependencies
    {
        var dependencies = AppDependencies(
            base: try KnowledgeBaseLoader.bundled().load(), store: try SQLiteCareerStore.inMemory(),
            makeToken: CareerService.randomToken, now: now)
        dependencies.retainDays = retainDays
        return dependencies
    }

    @Test("/ready answers 200 while the database answers, and 503 once shutdown has begun")
    func ready() async throws {
        let app = Application(router: buildRouter(try dependencies()))
        try await testGracefulShutdown { trigger in
            try await app.test(.router) { client in
                try await client.execute(uri: "/ready", method: .get) { #expect($0.status == .ok) }
                trigger.triggerGracefulShutdown()
                try await client.execute(uri: "/ready", method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    #expect(String(buffer: response.body).contains("shutting down"))
                }
                // Liveness is another question: the process still answers.
                try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
            }
        }
    }

    @Test("the privacy page states the retention period in force, or that items are kept until deleted")
    func privacy() async throws {
        for (days, expected) in [(30, "30 days</strong> after they last changed"), (nil, "until you delete them")] {
            let app = Application(router: buildRouter(try dependencies(retainDays: days)))
            try await app.test(.router) { client in
                try await client.execute(uri: "/privacy", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body).contains(expected))
                }
                try await client.execute(uri: "/", method: .get) { response in
                    #expect(String(buffer: response.body).contains("href=\"/privacy\""))
                }
            }
        }
    }

    @Test("retention deletes items older than the period in batches, keeps newer ones, and reports ages")
    func retention() async throws {
        let store = try SQLiteCareerStore.inMemory()
        let today = Date(timeIntervalSince1970: 1_900_000_000)
        let service = CareerService(
            base: try KnowledgeBaseLoader.bundled().load(), store: store, now: { today })
        var old: [ResultToken] = []
        for day in [400, 100, 45, 31, 29, 3] {
            let token = CareerService.randomToken()
            try await store.save(
                SavedResult(
                    token: token, questionnaireVersion: "v", answers: "a",
                    createdAt: today.addingTimeInterval(Double(-day) * 86_400)))
            if day > 30 { old.append(token) }
        }
        let report = try await RetentionReport.read(from: store, now: today)
        #expect(report.results == [1, 1, 2, 1, 1])
        var pauses = 0
        let deleted = try await service.deleteExpired(olderThanDays: 30, batch: 2) { pauses += 1 }
        #expect(deleted == 4 && pauses == 2)
        for token in old { #expect(try await store.result(token: token) == nil) }
        #expect(try await store.counts().results == 2)
    }
}
