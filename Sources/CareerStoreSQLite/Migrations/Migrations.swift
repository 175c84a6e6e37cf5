import GRDB

/// The schema's history. Append-only: a migration that has shipped is never edited, only followed.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: results, feedback, analyses") { db in
            try db.execute(
                sql: """
                    CREATE TABLE savedResult (
                        token TEXT PRIMARY KEY NOT NULL,
                        questionnaireVersion TEXT NOT NULL,
                        answers TEXT NOT NULL,
                        resultJSON BLOB NOT NULL,
                        createdAt DATETIME NOT NULL
                    );
                    CREATE TABLE matchFeedback (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        questionnaireVersion TEXT NOT NULL,
                        role TEXT NOT NULL,
                        rank INTEGER NOT NULL,
                        score REAL NOT NULL,
                        goodFit BOOLEAN NOT NULL
                    );
                    CREATE TABLE savedAnalysis (
                        token TEXT PRIMARY KEY NOT NULL,
                        kind TEXT NOT NULL,
                        text TEXT NOT NULL,
                        analysisJSON BLOB NOT NULL,
                        createdAt DATETIME NOT NULL
                    );
                    """)
        }
        // Results and analyses are worked out again when read, so only what the person gave is kept. Every row
        // saved under v1 answered questionnaire 2026.11-1, the only version published then and still kept, so
        // dropping the stored result loses nothing; a resume's target role is read out of its stored analysis.
        migrator.registerMigration("v2: keep answers and texts, not results") { db in
            try db.execute(
                sql: """
                    CREATE TABLE savedAnswers (
                        token TEXT PRIMARY KEY NOT NULL,
                        questionnaireVersion TEXT NOT NULL,
                        answers TEXT NOT NULL,
                        createdAt DATETIME NOT NULL
                    );
                    INSERT INTO savedAnswers (token, questionnaireVersion, answers, createdAt)
                        SELECT token, questionnaireVersion, answers, createdAt FROM savedResult;
                    DROP TABLE savedResult;
                    ALTER TABLE savedAnswers RENAME TO savedResult;
                    CREATE TABLE savedDocument (
                        token TEXT PRIMARY KEY NOT NULL,
                        kind TEXT NOT NULL,
                        text TEXT NOT NULL,
                        target TEXT,
                        createdAt DATETIME NOT NULL
                    );
                    INSERT INTO savedDocument (token, kind, text, target, createdAt)
                        SELECT token, kind, text,
                            CASE WHEN json_valid(CAST(analysisJSON AS TEXT))
                                THEN json_extract(CAST(analysisJSON AS TEXT), '$.plan.target') END,
                            createdAt
                        FROM savedAnalysis;
                    DROP TABLE savedAnalysis;
                    """)
        }
        // A vote belongs to the result it was given on, so a person can change it and deleting the result takes
        // it away; votes kept before have no result and stay anonymous.
        migrator.registerMigration("v3: one changeable vote per result and role") { db in
            try db.execute(
                sql: """
                    ALTER TABLE matchFeedback ADD COLUMN token TEXT;
                    CREATE UNIQUE INDEX matchFeedbackByResult ON matchFeedback (token, role);
                    """)
        }
        // Plans keep their inputs (role, skills, hours) and ticks; the plan is worked out again when read.
        migrator.registerMigration("v4: learning plans and their ticks") { db in
            try db.execute(
                sql: """
                    CREATE TABLE savedPlan (
                        token TEXT PRIMARY KEY NOT NULL,
                        target TEXT NOT NULL,
                        have TEXT NOT NULL,
                        hoursPerWeek INTEGER,
                        createdAt DATETIME NOT NULL,
                        updatedAt DATETIME NOT NULL
                    );
                    CREATE TABLE planTick (
                        token TEXT NOT NULL REFERENCES savedPlan (token) ON DELETE CASCADE,
                        skill TEXT NOT NULL,
                        PRIMARY KEY (token, skill)
                    );
                    """)
        }
        return migrator
    }
}
