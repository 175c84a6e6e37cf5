import CareerKit
import Foundation
import Logging
import NIOSSL
import PostgresNIO
import ServiceLifecycle

/// The store for deployments that outgrow one machine: PostgreSQL through a pool of connections, migrated on
/// connect. Several servers may share one database; none keeps state of its own. The pool is a `Service`: run it
/// in the application's `ServiceGroup`, so that SIGTERM closes it after the server has drained its requests.
public struct PostgresCareerStore: CareerStore, Service {
    let client: PostgresClient
    let logger: Logger

    /// Connects, brings the schema up to date on one connection (so a wrong address or password fails at once
    /// rather than in the pool's retries), then starts the connection pool.
    public static func connect(to url: PostgresURL, logger: Logger = quietLogger) async throws -> PostgresCareerStore {
        do {
            let tls: PostgresConnection.Configuration.TLS =
                url.requireTLS ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
            let connection = try await PostgresConnection.connect(
                configuration: .init(
                    host: url.host, port: url.port, username: url.username, password: url.password,
                    database: url.database, tls: tls),
                id: 0, logger: logger)
            do {
                try await PostgresMigrations.run(on: connection, logger: logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        } catch {
            throw PostgresStoreError(url: url, underlying: error)
        }
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.username, password: url.password, database: url.database,
            tls: url.requireTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.maximumConnections = 16
        return PostgresCareerStore(
            client: PostgresClient(configuration: configuration, backgroundLogger: logger), logger: logger)
    }

    /// The pool logs every retried connection at info level; warnings and errors are what an operator needs.
    public static var quietLogger: Logger {
        var logger = Logger(label: "careerfinder.postgres")
        logger.logLevel = .warning
        return logger
    }

    private init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Runs the connection pool until graceful shutdown or cancellation, then closes every connection.
    public func run() async { await client.run() }

    public func save(_ result: SavedResult) async throws {
        try await client.query(Self.insert(result), logger: logger)
    }

    public func result(token: ResultToken) async throws -> SavedResult? {
        let rows = try await client.query(
            "SELECT questionnaire_version, answers, created_at FROM saved_result WHERE token = \(token.rawValue)",
            logger: logger)
        for try await (version, answers, created) in rows.decode((String, String, Date).self) {
            return SavedResult(
                token: token, questionnaireVersion: version, answers: answers, createdAt: created.wholeMicroseconds)
        }
        return nil
    }

    public func deleteResult(token: ResultToken) async throws -> Bool {
        // One statement: the result goes, and its votes stay for the validity report without pointing at it.
        try await deleted(
            client.query(
                """
                WITH votes AS (UPDATE match_feedback SET token = NULL WHERE token = \(token.rawValue))
                DELETE FROM saved_result WHERE token = \(token.rawValue) RETURNING token
                """, logger: logger))
    }

    public func record(_ feedback: MatchFeedback) async throws {
        try await client.query(Self.insert(feedback), logger: logger)
    }

    public func feedback(token: ResultToken) async throws -> [MatchFeedback] {
        let rows = try await client.query(
            """
            SELECT questionnaire_version, role, rank, score, good_fit FROM match_feedback
            WHERE token = \(token.rawValue) ORDER BY id
            """, logger: logger)
        var all: [MatchFeedback] = []
        for try await (version, role, rank, score, good) in rows.decode((String, String, Int, Double, Bool).self) {
            all.append(
                MatchFeedback(
                    questionnaireVersion: version, role: Role.ID(role), rank: rank, score: score, goodFit: good,
                    token: token))
        }
        return all
    }

    public func allFeedback() async throws -> [MatchFeedback] {
        let rows = try await client.query(
            "SELECT questionnaire_version, role, rank, score, good_fit FROM match_feedback ORDER BY id", logger: logger)
        var all: [MatchFeedback] = []
        for try await (version, role, rank, score, good) in rows.decode((String, String, Int, Double, Bool).self) {
            all.append(
                MatchFeedback(
                    questionnaireVersion: version, role: Role.ID(role), rank: rank, score: score, goodFit: good))
        }
        return all
    }

    public func save(_ analysis: SavedAnalysis) async throws {
        try await client.query(Self.insert(analysis), logger: logger)
    }

    public func analysis(token: ResultToken) async throws -> SavedAnalysis? {
        let rows = try await client.query(
            "SELECT kind, text, target, created_at FROM saved_document WHERE token = \(token.rawValue)",
            logger: logger)
        for try await (kind, text, target, created) in rows.decode((String, String, String?, Date).self) {
            guard let kind = SavedAnalysis.Kind(rawValue: kind) else { return nil }
            return SavedAnalysis(
                token: token, kind: kind, text: text, target: target.map { Role.ID($0) },
                createdAt: created.wholeMicroseconds)
        }
        return nil
    }

    public func deleteAnalysis(token: ResultToken) async throws -> Bool {
        try await deleted(
            client.query("DELETE FROM saved_document WHERE token = \(token.rawValue) RETURNING token", logger: logger))
    }

    public func save(_ plan: SavedPlan) async throws {
        try await client.withTransaction(logger: logger) { connection in
            for statement in Self.insert(plan) { try await connection.query(statement, logger: logger) }
        }
    }

    /// The statement saving a result.
    static func insert(_ result: SavedResult) -> PostgresQuery {
        """
        INSERT INTO saved_result (token, questionnaire_version, answers, created_at)
        VALUES (\(result.token.rawValue), \(result.questionnaireVersion), \(result.answers), \(PostgresTime(result.createdAt)))
        """
    }

    /// The statement saving an analysis.
    static func insert(_ analysis: SavedAnalysis) -> PostgresQuery {
        """
        INSERT INTO saved_document (token, kind, text, target, created_at)
        VALUES (\(analysis.token.rawValue), \(analysis.kind.rawValue), \(analysis.text), \(analysis.target?.rawValue), \(PostgresTime(analysis.createdAt)))
        """
    }

    /// The statements saving a plan and its ticks, for one transaction.
    static func insert(_ plan: SavedPlan) -> [PostgresQuery] {
        let have = plan.have.map(\.rawValue).joined(separator: "\n")
        return [
            """
            INSERT INTO saved_plan (token, target, have, hours_per_week, created_at, updated_at)
            VALUES (\(plan.token.rawValue), \(plan.target.rawValue), \(have), \(plan.hoursPerWeek), \(PostgresTime(plan.createdAt)), \(PostgresTime(plan.updatedAt)))
            """,
            "INSERT INTO plan_tick (token, skill) SELECT \(plan.token.rawValue), unnest(\(plan.done.map(\.rawValue))::text[])",
        ]
    }

    /// The statement recording a vote; a vote on a result replaces its earlier vote on the same role.
    static func insert(_ feedback: MatchFeedback) -> PostgresQuery {
        """
        INSERT INTO match_feedback (questionnaire_version, role, rank, score, good_fit, token)
        VALUES (\(feedback.questionnaireVersion), \(feedback.role.rawValue), \(feedback.rank), \(feedback.score), \(feedback.goodFit), \(feedback.token?.rawValue))
        ON CONFLICT (token, role) DO UPDATE
        SET good_fit = EXCLUDED.good_fit, rank = EXCLUDED.rank, score = EXCLUDED.score,
            questionnaire_version = EXCLUDED.questionnaire_version
        """
    }

    public func plan(token: ResultToken) async throws -> SavedPlan? {
        let rows = try await client.query(
            """
            SELECT target, have, hours_per_week, created_at, updated_at,
                ARRAY(SELECT skill FROM plan_tick WHERE plan_tick.token = saved_plan.token ORDER BY skill)
            FROM saved_plan WHERE token = \(token.rawValue)
            """, logger: logger)
        for try await (target, have, hours, created, updated, done) in rows.decode(
            (String, String, Int?, Date, Date, [String]).self)
        {
            return SavedPlan(
                token: token, target: Role.ID(target), have: have.split(separator: "\n").map { Skill.ID(String($0)) },
                hoursPerWeek: hours, done: done.map { Skill.ID($0) }, createdAt: created.wholeMicroseconds,
                updatedAt: updated.wholeMicroseconds)
        }
        return nil
    }

    public func update(_ plan: SavedPlan) async throws -> Bool {
        let have = plan.have.map(\.rawValue).joined(separator: "\n")
        let done = plan.done.map(\.rawValue)
        return try await client.withTransaction(logger: logger) { connection in
            let rows = try await connection.query(
                """
                UPDATE saved_plan SET have = \(have), hours_per_week = \(plan.hoursPerWeek), updated_at = \(PostgresTime(plan.updatedAt))
                WHERE token = \(plan.token.rawValue) RETURNING token
                """, logger: logger)
            var found = false
            for try await _ in rows { found = true }
            guard found else { return false }
            try await connection.query("DELETE FROM plan_tick WHERE token = \(plan.token.rawValue)", logger: logger)
            try await connection.query(
                "INSERT INTO plan_tick (token, skill) SELECT \(plan.token.rawValue), unnest(\(done)::text[])",
                logger: logger)
            return true
        }
    }

    public func tick(token: ResultToken, skill: Skill.ID, done: Bool, at time: Date) async throws -> Bool {
        let statement: PostgresQuery =
            done
            ? """
            WITH plan AS (UPDATE saved_plan SET updated_at = \(PostgresTime(time)) WHERE token = \(token.rawValue) RETURNING token),
                added AS (INSERT INTO plan_tick (token, skill) SELECT token, \(skill.rawValue) FROM plan
                    ON CONFLICT DO NOTHING)
            SELECT token FROM plan
            """
            : """
            WITH plan AS (UPDATE saved_plan SET updated_at = \(PostgresTime(time)) WHERE token = \(token.rawValue) RETURNING token),
                removed AS (DELETE FROM plan_tick WHERE token IN (SELECT token FROM plan) AND skill = \(skill.rawValue))
            SELECT token FROM plan
            """
        return try await deleted(client.query(statement, logger: logger))
    }

    public func deletePlan(token: ResultToken) async throws -> Bool {
        try await deleted(
            client.query(
                // The ticks go with it (ON DELETE CASCADE).
                "DELETE FROM saved_plan WHERE token = \(token.rawValue) RETURNING token", logger: logger))
    }

    public func counts() async throws -> StoredCounts {
        try await Self.counts(client.query(Self.countsQuery, logger: logger))
    }

    /// Every kind's count in one row.
    static let countsQuery: PostgresQuery = """
        SELECT (SELECT count(*) FROM saved_result), (SELECT count(*) FROM saved_document),
            (SELECT count(*) FROM match_feedback), (SELECT count(*) FROM saved_plan)
        """

    /// The counts `countsQuery` answered.
    static func counts(_ rows: PostgresRowSequence) async throws -> StoredCounts {
        for try await (results, analyses, feedback, plans) in rows.decode((Int, Int, Int, Int).self) {
            return StoredCounts(results: results, analyses: analyses, feedback: feedback, plans: plans)
        }
        return StoredCounts(results: 0, analyses: 0, feedback: 0)
    }

    func deleted(_ rows: PostgresRowSequence) async throws -> Bool {
        var count = 0
        for try await _ in rows { count += 1 }
        return count > 0
    }
}

/// The database could not be reached or prepared; says where (without the password) and why.
public struct PostgresStoreError: Error, CustomStringConvertible {
    let url: PostgresURL
    let underlying: any Error

    public var description: String {
        let reason =
            (underlying as? PSQLError).map { error in
                error.serverInfo?[.message] ?? "\(error.code)"
            } ?? "\(underlying)"
        return "cannot use the database at \(url): \(reason)"
    }
}

extension Date {
    /// The date as PostgreSQL keeps it, to the microsecond. Read back from its count of microseconds, a date
    /// comes out a hair off the value written (.009 as .008999...), which would print a different millisecond.
    var wholeMicroseconds: Date { Date(timeIntervalSince1970: (timeIntervalSince1970 * 1e6).rounded() / 1e6) }
}
