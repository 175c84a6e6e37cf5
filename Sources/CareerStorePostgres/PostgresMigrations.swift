import Logging
import PostgresNIO

/// The schema's history. Append-only: a migration that has shipped is never edited, only followed. Several servers
/// may start at once, so the whole run holds a PostgreSQL advisory lock and each migration commits with its record.
enum PostgresMigrations {
    static let all: [(id: String, statements: [String])] = [
        (
            "v1: results, feedback, analyses",
            [
                """
                    CREATE TABLE saved_result (
                    token TEXT PRIMARY KEY,
                    questionnaire_version TEXT NOT NULL,
                    answers TEXT NOT NULL,
                    result_json BYTEA NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL
                )
                """,
                """
                CREATE TABLE match_feedback (
                    id BIGSERIAL PRIMARY KEY,
                    questionnaire_version TEXT NOT NULL,
                    role TEXT NOT NULL,
                    rank INTEGER NOT NULL,
                    score DOUBLE PRECISION NOT NULL,
                    good_fit BOOLEAN NOT NULL
                )
                """,
                """
                CREATE TABLE saved_analysis (
                    token TEXT PRIMARY KEY,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    analysis_json BYTEA NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL
                )
                """,
            ]
        ),
        // Results and analyses are worked out again when read, so only what the person gave is kept. Every row
        // saved under v1 answered questionnaire 2026.11-1, the only version published then and still kept, so
        // dropping the stored result loses nothing; a resume's target role is read out of its stored analysis.
        (
            "v2: keep answers and texts, not results",
            [
                "ALTER TABLE saved_result DROP COLUMN result_json",
                """
                CREATE TABLE saved_document (
                    token TEXT PRIMARY KEY,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    target TEXT,
                    created_at TIMESTAMPTZ NOT NULL
                )
                """,
                """
                INSERT INTO saved_document (token, kind, text, target, created_at)
                SELECT token, kind, text, convert_from(analysis_json, 'UTF8')::jsonb #>> '{plan,target}', created_at
                FROM saved_analysis
                """,
                "DROP TABLE saved_analysis",
            ]
        ),
        // A vote belongs to the result it was given on, so a person can change it and deleting the result takes
        // it away; votes kept before have no result and stay anonymous.
        (
            "v3: one changeable vote per result and role",
            [
                "ALTER TABLE match_feedback ADD COLUMN token TEXT",
                "CREATE UNIQUE INDEX match_feedback_by_result ON match_feedback (token, role)",
            ]
        ),
        // Plans keep their inputs (role, skills, hours) and ticks; the plan is worked out again when read.
        (
            "v4: learning plans and their ticks",
            [
                """
                CREATE TABLE saved_plan (
                    token TEXT PRIMARY KEY,
                    target TEXT NOT NULL,
                    have TEXT NOT NULL,
                    hours_per_week INTEGER,
                    created_at TIMESTAMPTZ NOT NULL,
                    updated_at TIMESTAMPTZ NOT NULL
                )
                """,
                """
                CREATE TABLE plan_tick (
                    token TEXT NOT NULL REFERENCES saved_plan (token) ON DELETE CASCADE,
                    skill TEXT NOT NULL,
                    PRIMARY KEY (token, skill)
                )
                """,
            ]
        ),
    ]

    /// Any number for the lock, as long as it is this program's own.
    static let lockKey = 7_423_010_001

    /// Applies every migration not yet applied, one server at a time.
    static func run(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("SELECT pg_advisory_lock(\(lockKey))", logger: logger)
        do {
            try await apply(on: connection, logger: logger)
        } catch {
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
            throw error
        }
        try await connection.query("SELECT pg_advisory_unlock(\(lockKey))", logger: logger)
    }

    private static func apply(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            "CREATE TABLE IF NOT EXISTS careerfinder_migrations (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
            logger: logger)
        var applied = Set<String>()
        for try await id in try await connection.query("SELECT id FROM careerfinder_migrations", logger: logger)
            .decode(String.self)
        {
            applied.insert(id)
        }
        for migration in all where !applied.contains(migration.id) {
            try await connection.query("BEGIN", logger: logger)
            do {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO careerfinder_migrations (id) VALUES (\(migration.id))", logger: logger)
                try await connection.query("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }
}
