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
        try await writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO savedResult (token, questionnaireVersion, answers, resultJSON, createdAt)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    result.token.rawValue, result.questionnaireVersion, result.answers, result.resultJSON,
                    result.createdAt,
                ])
        }
    }

    public func result(token: ResultToken) async throws -> SavedResult? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM savedResult WHERE token = ?", arguments: [token.rawValue])
                .map { row in
                    SavedResult(
                        token: token, questionnaireVersion: row["questionnaireVersion"], answers: row["answers"],
                        resultJSON: row["resultJSON"], createdAt: row["createdAt"])
                }
        }
    }

    public func deleteResult(token: ResultToken) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM savedResult WHERE token = ?", arguments: [token.rawValue])
            return db.changesCount > 0
        }
    }

    public func record(_ feedback: MatchFeedback) async throws {
        try await writer.write { db in
            try db.execute(
                sql:
                    "INSERT INTO matchFeedback (questionnaireVersion, role, rank, score, goodFit) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    feedback.questionnaireVersion, feedback.role.rawValue, feedback.rank, feedback.score,
                    feedback.goodFit,
                ])
        }
    }

    public func allFeedback() async throws -> [MatchFeedback] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM matchFeedback ORDER BY id").map { row in
                MatchFeedback(
                    questionnaireVersion: row["questionnaireVersion"], role: Role.ID(row["role"] as String),
                    rank: row["rank"], score: row["score"], goodFit: row["goodFit"])
            }
        }
    }

    public func save(_ analysis: SavedAnalysis) async throws {
        try await writer.write { db in
            try db.execute(
                sql: "INSERT INTO savedAnalysis (token, kind, text, analysisJSON, createdAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    analysis.token.rawValue, analysis.kind.rawValue, analysis.text, analysis.analysisJSON,
                    analysis.createdAt,
                ])
        }
    }

    public func analysis(token: ResultToken) async throws -> SavedAnalysis? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM savedAnalysis WHERE token = ?", arguments: [token.rawValue])
                .flatMap { row in
                    guard let kind = SavedAnalysis.Kind(rawValue: row["kind"]) else { return nil }
                    return SavedAnalysis(
                        token: token, kind: kind, text: row["text"], analysisJSON: row["analysisJSON"],
                        createdAt: row["createdAt"])
                }
        }
    }

    public func deleteAnalysis(token: ResultToken) async throws -> Bool {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM savedAnalysis WHERE token = ?", arguments: [token.rawValue])
            return db.changesCount > 0
        }
    }
}
