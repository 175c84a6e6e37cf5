import ArgumentParser
import CareerKit
import CareerServer
import Hummingbird

/// `careerfinder serve`: the web app and JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start the web app and JSON API (Ctrl-C stops it).")

    @OptionGroup var kb: KnowledgeBaseOptions
    @Option(help: "The address to listen on; the default serves this machine only.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: ArgumentHelp(DatabaseOptions.help)) var database = DatabaseOptions.defaultPath
    @Option(
        help: "Writes (saves, feedback, deletes, analyses) each client address may send per minute; 0 for no limit.")
    var writesPerMinute = AppDependencies.defaultWritesPerMinute

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        guard writesPerMinute >= 0 else { throw ValidationError("--writes-per-minute must be 0 (no limit) or more") }
    }

    func run() async throws {
        let base = try kb.load()
        let store = try await DatabaseOptions.open(database)
        var dependencies = AppDependencies(base: base, store: store)
        dependencies.writesPerMinute = writesPerMinute
        let app = buildApplication(
            configuration: ServerConfiguration(host: host, port: port), dependencies: dependencies)
        print("AI Career Finder: http://\(host):\(port)/ (database \(DatabaseOptions.display(database)))")
        try await app.runService()
    }
}
