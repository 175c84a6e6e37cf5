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
        return migrator
    }
}
