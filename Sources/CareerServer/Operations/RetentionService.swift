import CareerKit
import Logging
import ServiceLifecycle

/// Deletes saved items older than the retention period when the server starts and every hour after, in small
/// batches with a pause between them, so requests are never held up for long. Stops at graceful shutdown.
public struct RetentionService: Service {
    let service: CareerService
    let days: Int
    let logger: Logger

    /// Keeps items for `days` days.
    public init(service: CareerService, days: Int, logger: Logger) {
        self.service = service
        self.days = days
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully {
            do {
                let deleted = try await service.deleteExpired(olderThanDays: days) {
                    try await Task.sleep(for: .milliseconds(20))
                }
                if deleted > 0 { logger.notice("retention: deleted \(deleted) items older than \(days) days") }
            } catch is CancellationError {
                return
            } catch {
                logger.error("retention: \(error)")
            }
            // Sleeps an hour, or until the server shuts down.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(3600)) }
        }
    }
}
