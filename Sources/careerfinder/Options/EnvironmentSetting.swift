import Foundation

/// A setting that may come from a flag or from an environment variable: the flag wins, then the variable, then
/// the default. Servers are often configured by their environment (a service file, a container).
struct EnvironmentSetting<Value>: Sendable {
    /// The variable's name, such as `CAREERFINDER_PORT`.
    let variable: String
    /// The flag's name, for messages.
    let flag: String
    let parse: @Sendable (String) -> Value?

    /// The flag's value, else the variable's, else `fallback`; a variable that cannot be read is an error naming it.
    func resolve(_ flagValue: Value?, default fallback: Value, environment: [String: String]) throws -> Value {
        if let flagValue { return flagValue }
        guard let text = environment[variable], !text.isEmpty else { return fallback }
        guard let value = parse(text) else {
            throw CLIError("\(variable)=\"\(text)\" cannot be read as \(flag)")
        }
        return value
    }
}

/// The variables `serve` reads, by setting.
enum ServeEnvironment {
    static let database = "CAREERFINDER_DATABASE"
    static let host = EnvironmentSetting<String>(variable: "CAREERFINDER_HOST", flag: "--host") { $0 }
    static let port = EnvironmentSetting<Int>(variable: "CAREERFINDER_PORT", flag: "--port") { Int($0) }
    static let writesPerMinute = EnvironmentSetting<Int>(
        variable: "CAREERFINDER_WRITES_PER_MINUTE", flag: "--writes-per-minute"
    ) { Int($0) }
    static let logLevel = EnvironmentSetting<String>(variable: "CAREERFINDER_LOG_LEVEL", flag: "--log-level") { $0 }
    static let logFormat = EnvironmentSetting<String>(variable: "CAREERFINDER_LOG_FORMAT", flag: "--log-format") {
        $0
    }
    static let trustedProxies = EnvironmentSetting<[String]>(
        variable: "CAREERFINDER_TRUSTED_PROXIES", flag: "--trusted-proxy"
    ) { [$0] }
    static let retainDays = EnvironmentSetting<Int>(variable: "CAREERFINDER_RETAIN_DAYS", flag: "--retain-days") {
        Int($0)
    }
}
