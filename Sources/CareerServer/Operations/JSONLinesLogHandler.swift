import Foundation
import Logging
import Synchronization

/// How the server writes its log: lines for people, or one JSON object per line for a log collector.
public enum LogFormat: String, CaseIterable, Sendable {
    case text, json
}

/// A logger for the server at `level`, written to standard output in `format`.
public func makeServerLogger(level: Logger.Level, format: LogFormat) -> Logger {
    var logger =
        switch format {
        case .text: Logger(label: "careerfinder", factory: { StreamLogHandler.standardOutput(label: $0) })
        case .json: Logger(label: "careerfinder", factory: { JSONLinesLogHandler(label: $0) })
        }
    logger.logLevel = level
    return logger
}

/// Writes each record as one line of JSON: time (ISO 8601, UTC, milliseconds), level, label, message, then the
/// metadata as string fields. Lines are written whole, one at a time, so concurrent requests never interleave.
struct JSONLinesLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// One lock for every handler: they share standard output.
    private static let output = Mutex(())

    func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            fields[key] = "\(value)"
        }
        fields["time"] = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
        fields["level"] = event.level.rawValue
        fields["label"] = label
        fields["message"] = "\(event.message)"
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard var line = try? encoder.encode(fields) else { return }
        line.append(UInt8(ascii: "\n"))
        Self.output.withLock { _ in FileHandle.standardOutput.write(line) }
    }
}
