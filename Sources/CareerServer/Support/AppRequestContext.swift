import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's basics plus the client's address, which the write rate
/// limit counts by.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Kept so that the address is looked up only for the requests that need it (writes).
    private let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// The peer's address; nil in router tests, where all requests count as one client.
    public var remoteAddress: SocketAddress? { channel.remoteAddress }
}
