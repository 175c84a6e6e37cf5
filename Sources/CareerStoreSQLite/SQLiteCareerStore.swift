import CareerKit
import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, migrated on open.
public struct SQLiteCareerStore: CareerStore {
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database file at `path` and brings its schema up to date.
    public init(path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        // Another process (a second server, a report) may hold the lock for a moment.
        configuration.busyMode = .timeout(5)
        // In WAL mode, NORMAL syncs at checkpoints rather than at every commit: a killed server loses nothing it
        // acknowledged (the WAL is in the OS's hands); only a power cut may lose the last moments.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        try self.init(writer: DatabasePool(path: path, configuration: configuration))
    }

    /// A private in-memory database, for tests.
    public static func inMemory() throws -> SQLiteCareerStore { try SQLiteCareerStore(writer: DatabaseQueue()) }

    init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try Migrations.migrator.migrate(writer)
    }

    public func save(_ result: SavedResult) async throws {
        try await writer.write { db in try SavedResultRecord(result).insert(db) }
    }

    public func result(token: ResultToken) async throws -> SavedResult? {
        try await writer.read { db in try SavedResultRecord.fetchOne(db, key: token.rawValue)?.savedResult }
    }

    public func deleteResult(token: ResultToken) async throws -> Bool {
        try await writer.write { db in
            // The votes stay for the validity report, but no longer point at anything.
            try db.execute(sql: "UPDATE matchFeedback SET token = NULL WHERE token = ?", arguments: [token.rawValue])
            return try SavedResultRecord.deleteOne(db, key: token.rawValue)
        }
    }

    public func record(_ feedback: MatchFeedback) async throws {
        try await writer.write { db in
            // A second vote on the same result and role replaces the first (the unique index of migration v3).
            if let token = feedback.token {
                try MatchFeedbackRecord.filter(
                    Column("token") == token.rawValue && Column("role") == feedback.role.rawValue
                )
                .deleteAll(db)
            }
            try MatchFeedbackRecord(feedback).insert(db)
        }
    }

    public func feedback(token: ResultToken) async throws -> [MatchFeedback] {
        try await writer.read { db in
            try MatchFeedbackRecord.filter(Column("token") == token.rawValue).order(Column("id")).fetchAll(db)
                .map(\.matchFeedback)
        }
    }

    public func allFeedback() async throws -> [MatchFeedback] {
        try await writer.read { db in
            try MatchFeedbackRecord.order(Column("id")).fetchAll(db).map(\.matchFeedback)
        }
    }

    public func save(_ analysis: SavedAnalysis) async throws {
        try await writer.write { db in try SavedDocumentRecord(analysis).insert(db) }
    }

    public func analysis(token: ResultToken) async throws -> SavedAnalysis? {
        try await writer.read { db in try SavedDocumentRecord.fetchOne(db, key: token.rawValue)?.savedAnalysis }
    }

    public func deleteAnalysis(token: ResultToken) async throws -> Bool {
        try await writer.write { db in try SavedDocumentRecord.deleteOne(db, key: token.rawValue) }
    }

    public func save(_ plan: SavedPlan) async throws {
        try await writer.write { db in
            try SavedPlanRecord(plan).insert(db)
            for skill in plan.done { try PlanTickRecord(token: plan.token.rawValue, skill: skill.rawValue).insert(db) }
        }
    }

    public func plan(token: ResultToken) async throws -> SavedPlan? {
        try await writer.read { db in
            guard let record = try SavedPlanRecord.fetchOne(db, key: token.rawValue) else { return nil }
            let done = try PlanTickRecord.filter(Column("token") == token.rawValue).fetchAll(db).map(\.skill)
            return record.savedPlan(done: done)
        }
    }

    public func update(_ plan: SavedPlan) async throws -> Bool {
        try await writer.write { db in
            guard try SavedPlanRecord.exists(db, key: plan.token.rawValue) else { return false }
            try SavedPlanRecord(plan).update(db)
            try PlanTickRecord.filter(Column("token") == plan.token.rawValue).deleteAll(db)
            for skill in plan.done { try PlanTickRecord(token: plan.token.rawValue, skill: skill.rawValue).insert(db) }
            return true
        }
    }

    public func tick(token: ResultToken, skill: Skill.ID, done: Bool, at time: Date) async throws -> Bool {
        try await writer.write { db in
            guard try SavedPlanRecord.exists(db, key: token.rawValue) else { return false }
            let tick = PlanTickRecord(token: token.rawValue, skill: skill.rawValue)
            if done { try tick.insert(db, onConflict: .ignore) } else { _ = try tick.delete(db) }
            try db.execute(
                sql: "UPDATE savedPlan SET updatedAt = ? WHERE token = ?", arguments: [time, token.rawValue])
            return true
        }
    }

    public func deletePlan(token: ResultToken) async throws -> Bool {
        try await writer.write { db in
            try PlanTickRecord.filter(Column("token") == token.rawValue).deleteAll(db)
            return try SavedPlanRecord.deleteOne(db, key: token.rawValue)
        }
    }

    public func counts() async throws -> StoredCounts {
        try await writer.read { db in try Self.counts(db) }
    }

    /// How many items of each kind the database keeps, read inside a transaction.
    static func counts(_ db: Database) throws -> StoredCounts {
        StoredCounts(
            results: try SavedResultRecord.fetchCount(db), analyses: try SavedDocumentRecord.fetchCount(db),
            feedback: try MatchFeedbackRecord.fetchCount(db), plans: try SavedPlanRecord.fetchCount(db))
    }
}
