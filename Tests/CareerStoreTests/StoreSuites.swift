import CareerKit
import CareerStorePostgres
import CareerStoreSQLite
import Foundation
import Testing

@Suite("The store contract on SQLite")
struct SQLiteStoreContractTests {
    func contract() throws -> StoreContract {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString).sqlite")
        return StoreContract(store: try SQLiteCareerStore(path: path.path))
    }

    @Test("results: save, read, delete") func results() async throws {
        var contract = try contract()
        try await contract.resultLifecycle()
    }
    @Test("a token is never saved twice") func duplicate() async throws {
        var contract = try contract()
        try await contract.duplicateToken()
    }
    @Test("feedback in order") func feedback() async throws { try await contract().feedback() }
    @Test("one changeable vote per result and role") func votes() async throws {
        var contract = try contract()
        try await contract.votesOnAResult()
    }
    @Test("plans: save, tick, re-plan, delete") func plans() async throws {
        var contract = try contract()
        try await contract.planLifecycle()
    }
    @Test("analyses: save, read, delete") func analyses() async throws {
        var contract = try contract()
        try await contract.analysisLifecycle()
    }
    @Test("200 concurrent saves") func concurrent() async throws {
        var contract = try contract()
        try await contract.concurrentSaves()
    }
    @Test("a snapshot holds everything; restore refuses a non-empty store") func snapshot() async throws {
        var contract = try contract()
        try await contract.snapshotHoldsEverything()
    }
    @Test("retention deletes old items in batches") func retention() async throws {
        var contract = try contract()
        try await contract.retention()
    }

    @Test("a snapshot restores into an empty store as the same items")
    func restore() async throws {
        var contract = try contract()
        try await contract.snapshotHoldsEverything()
        let snapshot = try await contract.store.snapshot()
        let empty = try SQLiteCareerStore.inMemory()
        try await empty.restore(snapshot)
        #expect(try await empty.snapshot() == snapshot)
        #expect(try await empty.counts() == snapshot.counts)
    }
}

/// The PostgreSQL server the test script starts (scripts/with-postgres); these tests need it.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["CAREERFINDER_TEST_POSTGRES"]

    static func store() async throws -> PostgresCareerStore {
        try await PostgresCareerStore.connect(to: PostgresURL(try #require(url)))
    }

    /// Runs `body` while the stores' connection pools run beside it, as the server's service group would.
    static func withRunning<T: Sendable>(
        _ stores: [PostgresCareerStore], _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            for store in stores {
                group.addTask {
                    await store.run()
                    return nil
                }
            }
            group.addTask { try await body() }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                if let value = next { return value }
            }
            throw CancellationError()
        }
    }
}

@Suite("The store contract on PostgreSQL", .enabled(if: TestPostgres.url != nil, "needs CAREERFINDER_TEST_POSTGRES"))
struct PostgresStoreContractTests {
    func run(_ body: @escaping @Sendable (inout StoreContract) async throws -> Void) async throws {
        let store = try await TestPostgres.store()
        try await TestPostgres.withRunning([store]) {
            var contract = StoreContract(store: store)
            try await body(&contract)
        }
    }

    @Test("results: save, read, delete") func results() async throws {
        try await run { try await $0.resultLifecycle() }
    }
    @Test("a token is never saved twice") func duplicate() async throws {
        try await run { try await $0.duplicateToken() }
    }
    @Test("feedback in order") func feedback() async throws { try await run { try await $0.feedback() } }
    @Test("one changeable vote per result and role") func votes() async throws {
        try await run { try await $0.votesOnAResult() }
    }
    @Test("plans: save, tick, re-plan, delete") func plans() async throws {
        try await run { try await $0.planLifecycle() }
    }
    @Test("analyses: save, read, delete") func analyses() async throws {
        try await run { try await $0.analysisLifecycle() }
    }
    @Test("200 concurrent saves") func concurrent() async throws { try await run { try await $0.concurrentSaves() } }
    @Test("a snapshot holds everything; restore refuses a non-empty store") func snapshot() async throws {
        try await run { try await $0.snapshotHoldsEverything() }
    }
    @Test("retention deletes old items in batches") func retention() async throws {
        try await run { try await $0.retention() }
    }

    @Test("several servers starting at once migrate once and all work")
    func concurrentMigrations() async throws {
        let stores = try await withThrowingTaskGroup(of: PostgresCareerStore.self) { group in
            for _ in 0..<4 { group.addTask { try await TestPostgres.store() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await TestPostgres.withRunning(stores) {
            var contract = StoreContract(store: stores[3])
            let token = contract.token()
            try await stores[0].save(StoreContract.result(token))
            #expect(try await stores[3].result(token: token) != nil)
        }
    }

    @Test("a wrong password fails with a message that names the database and not the password")
    func wrongPassword() async throws {
        let url = try #require(TestPostgres.url)
        let parsed = try PostgresURL(url, environment: ["PGPASSWORD": "not-the-password-42"])
        do {
            _ = try await PostgresCareerStore.connect(to: parsed)
            Issue.record("connecting with a wrong password succeeded")
        } catch {
            let message = "\(error)"
            #expect(message.contains("cannot use the database at postgres://"))
            #expect(!message.contains("not-the-password-42"))
        }
    }
}

@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test("user, host, port and database are read; the password comes from PGPASSWORD and is never printed")
    func parse() throws {
        let url = try PostgresURL("postgres://app@db.internal:6543/careers", environment: ["PGPASSWORD": "s3cret"])
        #expect(url.username == "app" && url.host == "db.internal" && url.port == 6543 && url.database == "careers")
        #expect(url.password == "s3cret")
        #expect(!url.description.contains("s3cret"))
        let inline = try PostgresURL("postgresql://app:p%40ss@localhost/careers", environment: [:])
        #expect(inline.password == "p@ss" && inline.port == 5432 && !inline.description.contains("p@ss"))
    }

    @Test(
        "unusable URLs fail with one readable line",
        arguments: ["postgres://", "postgres://app@host", "postgres://host/db", "postgres://app@host/db?sslmode=maybe"])
    func invalid(text: String) {
        #expect(throws: PostgresURLError.self) { try PostgresURL(text, environment: [:]) }
    }
}
