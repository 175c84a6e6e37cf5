import Foundation
import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's basics, the app's decoder and encoder and upload limit, and
/// the client's address, which the write rate limit counts by.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    /// The most a request body may hold; a resume or posting is far smaller.
    static let maximumBodyBytes = 1_000_000
    /// A form upload may hold a whole 1 MB document plus the form's other fields and the part headers.
    static let maximumUploadBytes = maximumBodyBytes + 64 * 1024
    /// What a page's form may send: more than a document may hold, so a paste over the limit still arrives and the
    /// page can keep it and say the limit, instead of a bare 413 that loses what the person typed.
    static let maximumFormBytes = 4 * maximumBodyBytes

    public var coreContext: CoreRequestContextStorage
    /// The client's address as the rate limit and the logs count it: the peer's, or the one a trusted proxy
    /// forwarded for (`ClientAddressMiddleware` sets it).
    public var clientAddress: String?
    /// Kept so that the address is looked up only for the requests that need it (writes).
    private let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
        clientAddress = nil
    }

    public var maxUploadSize: Int { Self.maximumBodyBytes }
    public var requestDecoder: AppRequestDecoder { AppRequestDecoder() }
    public var responseEncoder: JSONEncoder { APIJSON.encoder }

    /// The peer's address; nil in router tests, where all requests count as one client.
    public var remoteAddress: SocketAddress? { channel.remoteAddress }
}
