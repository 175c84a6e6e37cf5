import CareerKit
import CareerStorePostgres
import CareerStoreSQLite
import Foundation

/// What `--database` names: a SQLite file (the default) or a PostgreSQL URL.
enum DatabaseOptions {
    static let defaultPath = "careerfinder.sqlite"
    static let help =
        "A SQLite file, or postgres://USER@HOST:PORT/DB (password in PGPASSWORD) for servers sharing one database."

    /// Opens the store; a PostgreSQL store is migrated before it is returned.
    static func open(_ database: String) async throws -> any CareerStore {
        guard PostgresURL.isPostgres(database) else { return try SQLiteCareerStore(path: database) }
        let url = try PostgresURL(database)
        return try await PostgresCareerStore.connect(to: url)
    }

    /// The database as it may be printed: a file path, or the URL without its password.
    static func display(_ database: String) -> String {
        guard PostgresURL.isPostgres(database) else { return database }
        return (try? PostgresURL(database).description) ?? "a PostgreSQL database"
    }
}
