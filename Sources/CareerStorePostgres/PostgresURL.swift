import Foundation

/// Where the PostgreSQL database is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`. The user and password
/// may come from PGUSER and PGPASSWORD instead, so that no secret needs to be on a command line.
public struct PostgresURL: Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int
    public let username: String
    public let password: String?
    public let database: String
    /// True for `?sslmode=require`; otherwise the connection is not encrypted (loopback and private networks).
    public let requireTLS: Bool

    /// Whether a `--database` value names PostgreSQL rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads the URL, taking a missing user or password from the environment.
    public init(
        _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PostgresURLError) {
        guard Self.isPostgres(text), let components = URLComponents(string: text), let host = components.host,
            !host.isEmpty
        else { throw PostgresURLError("expected postgres://USER@HOST:PORT/DATABASE") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresURLError("name the database after the host, e.g. postgres://USER@HOST:5432/careerfinder")
        }
        guard let username = components.user ?? environment["PGUSER"], !username.isEmpty else {
            throw PostgresURLError("name the user in the URL (postgres://USER@HOST/DB) or in PGUSER")
        }
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value
        guard mode == nil || ["disable", "require"].contains(mode!) else {
            throw PostgresURLError("sslmode must be disable or require")
        }
        self.host = host
        port = components.port ?? 5432
        self.username = username.removingPercentEncoding ?? username
        password = components.password.map { $0.removingPercentEncoding ?? $0 } ?? environment["PGPASSWORD"]
        self.database = database
        requireTLS = mode == "require"
    }

    /// The URL without its password, for logs and messages.
    public var description: String { "postgres://\(username)@\(host):\(port)/\(database)" }
}

/// A `--database` URL that cannot be used; the message never repeats a password.
public struct PostgresURLError: Error, Sendable, CustomStringConvertible {
    public let description: String

    init(_ problem: String) { description = "invalid PostgreSQL URL: \(problem)" }
}
