import ArgumentParser
import CareerDocuments
import CareerKit
import CareerServer
import Hummingbird
import ServiceLifecycle

/// `careerfinder serve`: the web app and JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start the web app and JSON API (Ctrl-C or SIGTERM stops it gracefully).",
        discussion: "Saved results go to \(DatabaseOptions.defaultPath) unless --database names another.")

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The address to listen on; the default serves this machine only.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(
        help: "Writes (saves, feedback, deletes, analyses) each client address may send per minute; 0 for no limit.")
    var writesPerMinute = AppDependencies.defaultWritesPerMinute

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        guard writesPerMinute >= 0 else { throw ValidationError("--writes-per-minute must be 0 (no limit) or more") }
    }

    func run() async throws {
        let base = try kb.load()
        let store: any CareerStore
        var services: [any Service] = []
        if database.isPostgres {
            let postgres = try await database.connectPostgres()
            store = postgres
            // The pool runs beside the server; on SIGTERM the server drains first, then the pool closes.
            services.append(postgres)
        } else {
            store = try database.openSQLite()
        }
        var dependencies = AppDependencies(base: base, store: store)
        dependencies.writesPerMinute = writesPerMinute
        let app = buildApplication(
            configuration: ServerConfiguration(host: host, port: port), dependencies: dependencies, services: services)
        print("AI Career Finder: http://\(host):\(port)/ (database \(database.display))")
        try await app.runService()
    }
}
