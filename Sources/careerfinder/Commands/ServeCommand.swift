import ArgumentParser
import CMallocTuning
import CareerDocuments
import CareerKit
import CareerServer
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `careerfinder serve`: the web app and JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Start the web app and JSON API (Ctrl-C or SIGTERM stops it gracefully).",
        discussion: """
            Saved results go to \(DatabaseOptions.defaultPath) unless --database names another.

            Every setting can also come from the environment; a flag wins over its variable:
              \(ServeEnvironment.database)        --database
              \(ServeEnvironment.host.variable)            --host
              \(ServeEnvironment.port.variable)            --port
              \(ServeEnvironment.writesPerMinute.variable) --writes-per-minute
              \(ServeEnvironment.logLevel.variable)       --log-level
              \(ServeEnvironment.logFormat.variable)      --log-format
              \(ServeEnvironment.trustedProxies.variable) --trusted-proxy (comma-separated)
              \(ServeEnvironment.retainDays.variable)      --retain-days
            """)

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The address to listen on (default 127.0.0.1: this machine only).") var host: String?
    @Option(help: "The port to listen on (default 8080).") var port: Int?
    @Option(
        help: """
            Writes (saves, feedback, deletes, analyses) each client address may send per minute; 0 for no limit \
            (default \(AppDependencies.defaultWritesPerMinute)).
            """)
    var writesPerMinute: Int?
    @Option(
        help: ArgumentHelp(
            "trace, debug, info, notice, warning, error or critical (default notice); info logs every request.",
            valueName: "level"))
    var logLevel: String?
    @Option(help: ArgumentHelp("text, or json for one JSON object per line (default text).", valueName: "format"))
    var logFormat: String?
    @Option(
        help: ArgumentHelp(
            """
            A reverse proxy's address or range (10.0.0.1, 10.0.0.0/8, fd00::/8), repeatable. Only requests from \
            these may name the client in Forwarded or X-Forwarded-For.
            """, valueName: "address"))
    var trustedProxy: [String] = []
    @Option(
        help: ArgumentHelp(
            "Delete saved results, analyses and plans this many days after they last changed (default 0: keep).",
            valueName: "days"))
    var retainDays: Int?

    /// Every setting, from flags, then the environment, then the defaults.
    struct Settings {
        var host: String
        var port: Int
        var writesPerMinute: Int
        var logLevel: Logger.Level
        var logFormat: LogFormat
        var trustedProxies: TrustedProxies
        var retainDays: Int?
    }

    /// Read in `run`, not `validate`, so a bad setting is one line of error without the usage after it.
    func settings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Settings {
        let port = try ServeEnvironment.port.resolve(port, default: 8080, environment: environment)
        guard (1...65535).contains(port) else { throw CLIError("--port must be between 1 and 65535") }
        let writes = try ServeEnvironment.writesPerMinute.resolve(
            writesPerMinute, default: AppDependencies.defaultWritesPerMinute, environment: environment)
        guard writes >= 0 else { throw CLIError("--writes-per-minute must be 0 (no limit) or more") }
        let levelName = try ServeEnvironment.logLevel.resolve(logLevel, default: "notice", environment: environment)
        guard let level = Logger.Level(rawValue: levelName.lowercased()) else {
            throw CLIError(
                "--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let formatName = try ServeEnvironment.logFormat.resolve(logFormat, default: "text", environment: environment)
        guard let format = LogFormat(rawValue: formatName.lowercased()) else {
            throw CLIError("--log-format must be text or json")
        }
        let proxies = try ServeEnvironment.trustedProxies.resolve(
            trustedProxy.isEmpty ? nil : trustedProxy, default: [], environment: environment)
        let trusted: TrustedProxies
        do {
            trusted = try TrustedProxies(proxies)
        } catch {
            throw CLIError("--trusted-proxy: \(error)")
        }
        let days = try ServeEnvironment.retainDays.resolve(retainDays, default: 0, environment: environment)
        guard days >= 0 else { throw CLIError("--retain-days must be 1 or more (0 keeps everything)") }
        return Settings(
            host: try ServeEnvironment.host.resolve(host, default: "127.0.0.1", environment: environment), port: port,
            writesPerMinute: writes, logLevel: level, logFormat: format, trustedProxies: trusted,
            retainDays: days == 0 ? nil : days)
    }

    func run() async throws {
        let settings = try settings()
        // glibc gives busy threads up to eight malloc arenas per core and rarely returns their freed pages, so a
        // long-running server's memory crept up under steady load (scripts/soak: +9-10% in three minutes after
        // warm-up). CMallocTuning sets one arena per core as the program loads, before any thread: the only time
        // glibc takes it. Calling it here again is harmless and keeps the library linked.
        careerfinder_limit_malloc_arenas(Int32(max(1, ProcessInfo.processInfo.activeProcessorCount)))
        let logger = makeServerLogger(level: settings.logLevel, format: settings.logFormat)
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
        dependencies.writesPerMinute = settings.writesPerMinute
        dependencies.trustedProxies = settings.trustedProxies
        dependencies.retainDays = settings.retainDays
        if let days = settings.retainDays {
            services.append(RetentionService(service: dependencies.service, days: days, logger: logger))
        }
        let app = buildApplication(
            configuration: ServerConfiguration(host: settings.host, port: settings.port), dependencies: dependencies,
            services: services, logger: logger)
        let address = "http://\(settings.host):\(settings.port)/"
        switch settings.logFormat {
        case .text:
            // Written at once rather than through print's buffer, so it comes before any log line.
            FileHandle.standardOutput.write(Data("AI Career Finder: \(address) (database \(database.display))\n".utf8))
        case .json:
            // A log collector reads every line as JSON, this one too.
            logger.notice("listening", metadata: ["address": "\(address)", "database": "\(database.display)"])
        }
        try await app.runService()
    }
}
