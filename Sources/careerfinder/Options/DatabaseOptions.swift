import ArgumentParser
import CareerKit
import CareerStorePostgres
import CareerStoreSQLite
import Foundation

/// `--database`, shared by every command that opens the saved results: a SQLite file (the default, in the data
/// folder) or a PostgreSQL URL.
struct DatabaseOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A SQLite file, or postgres://USER@HOST:PORT/DB (password in PGPASSWORD) for servers sharing one database. Default: $CAREERFINDER_DATABASE, else \(Self.defaultPath).",
            valueName: "path-or-url"))
    var database: String?

    /// The data folder: $XDG_DATA_HOME/careerfinder, or ~/.local/share/careerfinder; created on first use.
    static var dataFolder: String {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (base as NSString).appendingPathComponent("careerfinder")
    }

    /// The default SQLite file, in the data folder.
    static var defaultPath: String { (dataFolder as NSString).appendingPathComponent("careerfinder.sqlite") }

    /// The database named by the flag, else by CAREERFINDER_DATABASE, else the default file.
    var location: String {
        database ?? ProcessInfo.processInfo.environment[ServeEnvironment.database].flatMap { $0.isEmpty ? nil : $0 }
            ?? Self.defaultPath
    }

    /// Whether the named database is PostgreSQL.
    var isPostgres: Bool { PostgresURL.isPostgres(location) }

    /// Opens a SQLite store (creating the file and its folder if needed).
    func openSQLite() throws -> SQLiteCareerStore { try SQLiteCareerStore(path: location) }

    /// Connects to PostgreSQL and migrates; the returned store's pool must be run (it is a `Service`).
    func connectPostgres() async throws -> PostgresCareerStore {
        try await PostgresCareerStore.connect(to: try PostgresURL(location))
    }

    /// The database as it may be printed: a file path, or the URL without its password.
    var display: String {
        guard isPostgres else { return location }
        return (try? PostgresURL(location).description) ?? "a PostgreSQL database"
    }

    /// Runs `body` with the store open: a PostgreSQL pool runs only while `body` does. With `mustExist`, a SQLite
    /// file that is not there is an error (a report or a backup of nothing is a mistake) rather than created.
    func withStore<Result: Sendable>(
        mustExist: Bool, _ body: @escaping @Sendable (any CareerStore) async throws -> Result
    ) async throws -> Result {
        guard isPostgres else {
            guard !mustExist || FileManager.default.fileExists(atPath: location) else {
                throw CLIError("no database at \(location); start 'careerfinder serve' or pass --database")
            }
            return try await body(try openSQLite())
        }
        let store = try await connectPostgres()
        return try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask {
                await store.run()
                return nil
            }
            group.addTask { try await body(store) }
            defer { group.cancelAll() }
            while let next = try await group.next() {
                if let result = next { return result }
            }
            throw CancellationError()
        }
    }
}
