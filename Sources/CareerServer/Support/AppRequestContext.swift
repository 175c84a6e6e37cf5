import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's basics plus the client's address, which the write rate
/// limit counts by.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address; nil in router tests, where all requests count as one client.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
