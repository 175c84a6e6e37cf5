import CareerKit
import Hummingbird
import ServiceLifecycle

/// `/ready`: whether this server should be sent requests. Unlike `/health` (the process is alive), it answers 503
/// while the database cannot be reached and once the server has begun shutting down, so a load balancer moves
/// people to another server. The knowledge base is loaded before the server listens, so it is always there.
func readiness(_ service: CareerService) async throws -> HTTPResponse.Status {
    guard !Task.isShuttingDownGracefully else { throw Problem(.serviceUnavailable, "This server is shutting down.") }
    do {
        try await service.checkStoreReachable()
    } catch {
        throw Problem(.serviceUnavailable, "The database cannot be reached.")
    }
    return .ok
}
