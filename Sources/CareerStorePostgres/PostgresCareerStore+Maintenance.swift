import CareerKit
import Foundation
import PostgresNIO

/// Readiness, backups, restores and retention for the PostgreSQL store.
extension PostgresCareerStore {
    public func checkReachable() async throws {
        for try await _ in try await client.query("SELECT 1", logger: logger) {}
    }

    /// Reads every table in one repeatable-read transaction: the copy is as of one moment, whatever is written
    /// meanwhile.
    public func snapshot() async throws -> StoreSnapshot {
        try await inTransaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            var snapshot = StoreSnapshot()
            let results = try await connection.query(
                "SELECT token, questionnaire_version, answers, created_at FROM saved_result ORDER BY created_at, token",
                logger: logger)
            for try await (token, version, answers, created) in results.decode((String, String, String, Date).self) {
                guard let token = ResultToken(rawValue: token) else { continue }
                snapshot.results.append(
                    SavedResult(
                        token: token, questionnaireVersion: version, answers: answers,
                        createdAt: created.wholeMicroseconds))
            }
            let analyses = try await connection.query(
                "SELECT token, kind, text, target, created_at FROM saved_document ORDER BY created_at, token",
                logger: logger)
            for try await (token, kind, text, target, created) in analyses.decode(
                (String, String, String, String?, Date).self)
            {
                guard let token = ResultToken(rawValue: token), let kind = SavedAnalysis.Kind(rawValue: kind) else {
                    continue
                }
                snapshot.analyses.append(
                    SavedAnalysis(
                        token: token, kind: kind, text: text, target: target.map { Role.ID($0) },
                        createdAt: created.wholeMicroseconds))
            }
            let plans = try await connection.query(
                """
                SELECT token, target, have, hours_per_week, created_at, updated_at,
                    ARRAY(SELECT skill FROM plan_tick WHERE plan_tick.token = saved_plan.token ORDER BY skill)
                FROM saved_plan ORDER BY created_at, token
                """, logger: logger)
            for try await (token, target, have, hours, created, updated, done) in plans.decode(
                (String, String, String, Int?, Date, Date, [String]).self)
            {
                guard let token = ResultToken(rawValue: token) else { continue }
                snapshot.plans.append(
                    SavedPlan(
                        token: token, target: Role.ID(target),
                        have: have.split(separator: "\n").map { Skill.ID(String($0)) }, hoursPerWeek: hours,
                        done: done.map { Skill.ID($0) }, createdAt: created.wholeMicroseconds,
                        updatedAt: updated.wholeMicroseconds))
            }
            let votes = try await connection.query(
                "SELECT questionnaire_version, role, rank, score, good_fit, token FROM match_feedback ORDER BY id",
                logger: logger)
            for try await (version, role, rank, score, good, token) in votes.decode(
                (String, String, Int, Double, Bool, String?).self)
            {
                snapshot.feedback.append(
                    MatchFeedback(
                        questionnaireVersion: version, role: Role.ID(role), rank: rank, score: score, goodFit: good,
                        token: token.flatMap(ResultToken.init(rawValue:))))
            }
            return snapshot
        }
    }

    public func restore(_ snapshot: StoreSnapshot) async throws {
        try await inTransaction { connection in
            // Nobody else writes while the tables are checked and filled.
            try await connection.query(
                "LOCK TABLE saved_result, saved_document, saved_plan, plan_tick, match_feedback IN EXCLUSIVE MODE",
                logger: logger)
            let counts = try await Self.counts(connection.query(Self.countsQuery, logger: logger))
            guard counts == StoredCounts(results: 0, analyses: 0, feedback: 0, plans: 0) else {
                throw StoreNotEmpty(counts: counts)
            }
            var statements = snapshot.results.map(Self.insert) + snapshot.analyses.map(Self.insert)
            statements += snapshot.plans.flatMap(Self.insert) + snapshot.feedback.map(Self.insert)
            for statement in statements { try await connection.query(statement, logger: logger) }
        }
    }

    public func deleteSaved(before date: Date, limit: Int) async throws -> Int {
        try await inTransaction { connection in
            var deleted = 0
            // Each kind may take what the kinds before it left of the batch.
            for statement in [Self.oldResults, Self.oldAnalyses, Self.oldPlans] where deleted < limit {
                for try await _ in try await connection.query(statement(date, limit - deleted), logger: logger) {
                    deleted += 1
                }
            }
            return deleted
        }
    }

    /// Deletes up to `limit` results made before `date`, untying their votes.
    private static func oldResults(before date: Date, limit: Int) -> PostgresQuery {
        """
        WITH old AS (SELECT token FROM saved_result WHERE created_at < \(PostgresTime(date)) ORDER BY created_at LIMIT \(limit)),
            votes AS (UPDATE match_feedback SET token = NULL WHERE token IN (SELECT token FROM old))
        DELETE FROM saved_result WHERE token IN (SELECT token FROM old) RETURNING token
        """
    }

    /// Deletes up to `limit` analyses made before `date`.
    private static func oldAnalyses(before date: Date, limit: Int) -> PostgresQuery {
        """
        DELETE FROM saved_document WHERE token IN
            (SELECT token FROM saved_document WHERE created_at < \(PostgresTime(date)) ORDER BY created_at LIMIT \(limit))
        RETURNING token
        """
    }

    /// Deletes up to `limit` plans last changed before `date`; their ticks go with them (ON DELETE CASCADE).
    private static func oldPlans(before date: Date, limit: Int) -> PostgresQuery {
        """
        DELETE FROM saved_plan WHERE token IN
            (SELECT token FROM saved_plan WHERE updated_at < \(PostgresTime(date)) ORDER BY updated_at LIMIT \(limit))
        RETURNING token
        """
    }

    public func savedDates() async throws -> SavedDates {
        var dates = SavedDates(results: [], analyses: [], plans: [])
        let rows = try await client.query(
            """
            SELECT 0, created_at FROM saved_result UNION ALL SELECT 1, created_at FROM saved_document
            UNION ALL SELECT 2, updated_at FROM saved_plan
            """, logger: logger)
        for try await (kind, date) in rows.decode((Int, Date).self) {
            switch kind {
            case 0: dates.results.append(date.wholeMicroseconds)
            case 1: dates.analyses.append(date.wholeMicroseconds)
            default: dates.plans.append(date.wholeMicroseconds)
            }
        }
        return dates
    }

    /// `withTransaction`, passing on the body's own error (such as `StoreNotEmpty`) rather than its wrapper.
    func inTransaction<Result: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { try await body($0) }
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error
        }
    }
}
