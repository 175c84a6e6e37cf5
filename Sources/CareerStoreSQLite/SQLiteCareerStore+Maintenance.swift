import CareerKit
import Foundation
import GRDB

/// Readiness, backups, restores and retention for the SQLite store.
extension SQLiteCareerStore {
    public func checkReachable() async throws {
        _ = try await writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    /// Copies the database with SQLite's online backup (GRDB's `backup(to:)`) into memory, which never blocks
    /// writers for long, then reads the copy.
    public func snapshot() async throws -> StoreSnapshot {
        let copy = try DatabaseQueue()
        try writer.backup(to: copy)
        return try await copy.read { db in
            let ticks = Dictionary(grouping: try PlanTickRecord.fetchAll(db), by: \.token)
            return StoreSnapshot(
                results: try SavedResultRecord.order(Column("createdAt"), Column("token")).fetchAll(db)
                    .compactMap(\.savedResult),
                analyses: try SavedDocumentRecord.order(Column("createdAt"), Column("token")).fetchAll(db)
                    .compactMap(\.savedAnalysis),
                plans: try SavedPlanRecord.order(Column("createdAt"), Column("token")).fetchAll(db).compactMap {
                    $0.savedPlan(done: ticks[$0.token]?.map(\.skill) ?? [])
                },
                feedback: try MatchFeedbackRecord.order(Column("id")).fetchAll(db).map(\.matchFeedback))
        }
    }

    public func restore(_ snapshot: StoreSnapshot) async throws {
        try await writer.write { db in
            let counts = try Self.counts(db)
            guard counts == StoredCounts(results: 0, analyses: 0, feedback: 0, plans: 0) else {
                throw StoreNotEmpty(counts: counts)
            }
            for result in snapshot.results { try SavedResultRecord(result).insert(db) }
            for analysis in snapshot.analyses { try SavedDocumentRecord(analysis).insert(db) }
            for plan in snapshot.plans {
                try SavedPlanRecord(plan).insert(db)
                for skill in plan.done {
                    try PlanTickRecord(token: plan.token.rawValue, skill: skill.rawValue).insert(db)
                }
            }
            for feedback in snapshot.feedback { try MatchFeedbackRecord(feedback).insert(db) }
        }
    }

    public func deleteSaved(before date: Date, limit: Int) async throws -> Int {
        try await writer.write { db in
            var left = limit
            let results = try String.fetchAll(
                db, sql: "SELECT token FROM savedResult WHERE createdAt < ? ORDER BY createdAt LIMIT ?",
                arguments: [date, left])
            for token in results {
                try db.execute(sql: "UPDATE matchFeedback SET token = NULL WHERE token = ?", arguments: [token])
                try db.execute(sql: "DELETE FROM savedResult WHERE token = ?", arguments: [token])
            }
            left -= results.count
            try db.execute(
                sql: """
                    DELETE FROM savedDocument WHERE token IN
                        (SELECT token FROM savedDocument WHERE createdAt < ? ORDER BY createdAt LIMIT ?)
                    """, arguments: [date, left])
            left -= db.changesCount
            let plans = try String.fetchAll(
                db, sql: "SELECT token FROM savedPlan WHERE updatedAt < ? ORDER BY updatedAt LIMIT ?",
                arguments: [date, left])
            for token in plans {
                try db.execute(sql: "DELETE FROM planTick WHERE token = ?", arguments: [token])
                try db.execute(sql: "DELETE FROM savedPlan WHERE token = ?", arguments: [token])
            }
            return limit - left + plans.count
        }
    }

    public func savedDates() async throws -> SavedDates {
        try await writer.read { db in
            SavedDates(
                results: try Date.fetchAll(db, sql: "SELECT createdAt FROM savedResult"),
                analyses: try Date.fetchAll(db, sql: "SELECT createdAt FROM savedDocument"),
                plans: try Date.fetchAll(db, sql: "SELECT updatedAt FROM savedPlan"))
        }
    }
}
