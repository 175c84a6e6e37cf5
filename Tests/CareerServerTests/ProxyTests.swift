import CareerKit
import CareerServer
import CareerStoreSQLite
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

@Suite("Client addresses behind trusted proxies")
struct ProxyTests {
    static func headers(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { fields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        return fields
    }

    @Test("addresses and ranges, IPv4 and IPv6, are read; anything else is refused with the text")
    func parsing() throws {
        let proxies = try TrustedProxies(["10.0.0.0/8, 192.168.1.7", "fd00::/8"])
        #expect(proxies.contains("10.200.3.4") && proxies.contains("192.168.1.7"))
        #expect(!proxies.contains("192.168.1.8") && !proxies.contains("11.0.0.1"))
        #expect(proxies.contains("fd12::1") && !proxies.contains("fe80::1"))
        // How a dual-stack socket reports an IPv4 peer.
        #expect(proxies.contains("::ffff:10.1.2.3"))
        for bad in ["10.0.0.0/33", "not-an-address", "10.0.0/8", "fd00::/129"] {
            #expect(throws: InvalidProxyAddress.self) { try TrustedProxies([bad]) }
        }
    }

    @Test("an untrusted peer is the client whatever its headers say")
    func untrustedPeer() throws {
        let proxies = try TrustedProxies(["10.0.0.1"])
        let spoofed = Self.headers([("X-Forwarded-For", "203.0.113.9"), ("Forwarded", "for=198.51.100.1")])
        #expect(proxies.clientAddress(peer: "192.0.2.50", headers: spoofed) == "192.0.2.50")
        #expect(TrustedProxies.none.clientAddress(peer: "10.0.0.1", headers: spoofed) == "10.0.0.1")
    }

    @Test("behind trusted proxies the client is the rightmost hop that is not one of them")
    func trustedPeer() throws {
        let proxies = try TrustedProxies(["10.0.0.0/8"])
        // The client wrote the first entry itself; only what the proxies appended counts.
        let chain = Self.headers([("X-Forwarded-For", "1.2.3.4, 203.0.113.9, 10.0.0.2")])
        #expect(proxies.clientAddress(peer: "10.0.0.1", headers: chain) == "203.0.113.9")
        let split = Self.headers([("X-Forwarded-For", "1.2.3.4"), ("X-Forwarded-For", "203.0.113.9")])
        #expect(proxies.clientAddress(peer: "10.0.0.1", headers: split) == "203.0.113.9")
        let forwarded = Self.headers([
            ("Forwarded", #"for="[2001:db8:cafe::17]:4711";proto=https, for=10.0.0.3"#),
            ("X-Forwarded-For", "198.51.100.77"),
        ])
        #expect(proxies.clientAddress(peer: "10.0.0.1", headers: forwarded) == "2001:db8:cafe::17")
        let withPort = Self.headers([("X-Forwarded-For", "203.0.113.9:5555")])
        #expect(proxies.clientAddress(peer: "10.0.0.1", headers: withPort) == "203.0.113.9")
        // A hop that is no address stops the chain at the last proxy that vouched.
        let obscured = Self.headers([("Forwarded", "for=unknown, for=10.0.0.4")])
        #expect(proxies.clientAddress(peer: "10.0.0.1", headers: obscured) == "10.0.0.4")
        #expect(proxies.clientAddress(peer: "10.0.0.1", headers: [:]) == "10.0.0.1")
    }

    /// Collects log records' metadata, to see which client the request log names.
    final class Records: Sendable {
        let lines = Mutex<[Logger.Metadata]>([])
    }

    struct CollectingHandler: LogHandler {
        let records: Records
        var logLevel: Logger.Level = .info
        var metadata: Logger.Metadata = [:]
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            records.lines.withLock { $0.append(metadata.merging(event.metadata ?? [:]) { $1 }) }
        }
    }

    func app(trusting proxies: TrustedProxies, records: Records) async throws -> some ApplicationProtocol {
        var dependencies = AppDependencies(
            base: try KnowledgeBaseLoader.bundled().load(), store: try SQLiteCareerStore.inMemory())
        dependencies.writesPerMinute = 2
        dependencies.trustedProxies = proxies
        var logger = Logger(label: "test") { _ in CollectingHandler(records: records) }
        logger.logLevel = .info
        return Application(
            router: buildRouter(dependencies), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            logger: logger)
    }

    @Test("over a real socket: through a trusted proxy each forwarded client has its own write limit and log line")
    func liveTrusted() async throws {
        let records = Records()
        let app = try await app(trusting: try TrustedProxies(["127.0.0.1"]), records: records)
        try await app.test(.live) { client in
            func vote(as address: String) async throws -> HTTPResponse.Status {
                try await client.execute(
                    uri: "/api/assessment", method: .post, headers: Self.headers([("X-Forwarded-For", address)]),
                    body: ByteBuffer(string: APITests.answers)
                ) { $0.status }
            }
            var statuses: [HTTPResponse.Status] = []
            for address in ["203.0.113.5", "203.0.113.5", "203.0.113.5", "203.0.113.6"] {
                statuses.append(try await vote(as: address))
            }
            #expect(statuses == [.ok, .ok, .tooManyRequests, .ok])
        }
        let clients = records.lines.withLock { $0.compactMap { $0["client"].map { "\($0)" } } }
        #expect(clients.filter { $0 == "203.0.113.5" }.count == 3)
        #expect(clients.contains("203.0.113.6") && !clients.contains("127.0.0.1"))
    }

    @Test("over a real socket: without trusted proxies a changed X-Forwarded-For escapes neither the limit nor the log")
    func liveSpoofed() async throws {
        let records = Records()
        let app = try await app(trusting: .none, records: records)
        try await app.test(.live) { client in
            var statuses: [HTTPResponse.Status] = []
            for address in ["203.0.113.1", "203.0.113.2", "203.0.113.3"] {
                statuses.append(
                    try await client.execute(
                        uri: "/api/assessment", method: .post, headers: Self.headers([("X-Forwarded-For", address)]),
                        body: ByteBuffer(string: APITests.answers)
                    ) { $0.status })
            }
            #expect(statuses.last == .tooManyRequests)
        }
        let clients = records.lines.withLock { $0.compactMap { $0["client"].map { "\($0)" } } }
        #expect(clients.count == 3 && clients.allSatisfy { $0 == "127.0.0.1" })
    }
}
