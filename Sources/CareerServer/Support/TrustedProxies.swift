import Foundation
import HTTPTypes

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The reverse proxies whose word on the client's address is taken: addresses or CIDR ranges, IPv4 or IPv6.
/// Only a request whose peer is one of them may name its client in `Forwarded` or `X-Forwarded-For`; anyone else
/// could write any address there, so for them the peer is the client.
public struct TrustedProxies: Sendable, Equatable {
    /// One address range: the address's bytes (4 or 16) and how many leading bits must match.
    struct Range: Sendable, Equatable {
        let bytes: [UInt8]
        let prefixLength: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var bitsLeft = prefixLength
            for (mine, theirs) in zip(bytes, address) where bitsLeft > 0 {
                let mask: UInt8 = bitsLeft >= 8 ? 0xFF : ~(0xFF >> UInt8(bitsLeft))
                guard mine & mask == theirs & mask else { return false }
                bitsLeft -= 8
            }
            return true
        }
    }

    let ranges: [Range]

    /// No proxy is trusted: the peer is always the client.
    public static let none = TrustedProxies(ranges: [])

    init(ranges: [Range]) { self.ranges = ranges }

    /// Reads addresses and ranges such as `10.0.0.1`, `10.0.0.0/8` or `fd00::/8`; several may be given in one
    /// string, separated by commas or spaces.
    public init(_ specifications: [String]) throws(InvalidProxyAddress) {
        var ranges: [Range] = []
        for specification in specifications {
            for item in specification.split(whereSeparator: { $0 == "," || $0 == " " }) {
                let parts = item.split(separator: "/", omittingEmptySubsequences: false)
                guard parts.count <= 2, let bytes = Self.addressBytes(String(parts[0])) else {
                    throw InvalidProxyAddress(text: String(item))
                }
                var prefixLength = bytes.count * 8
                if parts.count == 2 {
                    guard let length = Int(parts[1]), (0...bytes.count * 8).contains(length) else {
                        throw InvalidProxyAddress(text: String(item))
                    }
                    prefixLength = length
                }
                ranges.append(Range(bytes: bytes, prefixLength: prefixLength))
            }
        }
        self.ranges = ranges
    }

    /// Whether an address (as text) is one of the trusted proxies.
    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.addressBytes(address) else { return false }
        return ranges.contains { $0.contains(bytes) }
    }

    /// The client's address: the peer's, unless the peer is trusted and the request says whom it forwards for.
    /// Then, reading the forwarded hops from the nearest back, the first hop that is not a trusted proxy is the
    /// client (an earlier hop could have been written by the client itself). `Forwarded` wins over
    /// `X-Forwarded-For` when both are sent.
    public func clientAddress(peer: String?, headers: HTTPFields) -> String? {
        guard let peer, !ranges.isEmpty, contains(peer) else { return peer }
        let hops = Self.forwardedHops(headers)
        var client = peer
        for hop in hops.reversed() {
            // A hop that is not an address (such as "unknown" or a made-up token) ends the trust chain there.
            guard Self.addressBytes(hop) != nil else { break }
            client = hop
            if !contains(hop) { break }
        }
        return client
    }

    /// The `for=` addresses of `Forwarded`, else the entries of `X-Forwarded-For`, nearest last, as sent.
    static func forwardedHops(_ headers: HTTPFields) -> [String] {
        let forwarded = headers[values: .forwarded]
        if !forwarded.isEmpty {
            return forwarded.joined(separator: ",").split(separator: ",").compactMap { element in
                for pair in element.split(separator: ";") {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "for"
                    else { continue }
                    return Self.bareAddress(parts[1].trimmingCharacters(in: .whitespaces))
                }
                return "unknown"
            }
        }
        return headers[values: .xForwardedFor].joined(separator: ",").split(separator: ",").map {
            Self.bareAddress($0.trimmingCharacters(in: .whitespaces))
        }
    }

    /// An address without the quotes, brackets and port that `Forwarded` may wrap it in ("[2001:db8::1]:4711").
    static func bareAddress(_ text: String) -> String {
        var text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            return String(text[text.index(after: text.startIndex)..<close])
        }
        // "192.0.2.1:8080": one colon means IPv4 with a port; IPv6 has several.
        if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            text = String(text[..<colon])
        }
        return text
    }

    /// An IPv4 or IPv6 address's bytes; nil when the text is neither.
    static func addressBytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            let bytes = withUnsafeBytes(of: &v6) { Array($0) }
            // An IPv4 address as IPv6 (::ffff:10.0.0.1, how a dual-stack socket reports IPv4 peers) is IPv4.
            if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
                return Array(bytes[12...])
            }
            return bytes
        }
        return nil
    }
}

/// A trusted-proxy address or range that could not be read.
public struct InvalidProxyAddress: Error, CustomStringConvertible {
    /// The text as given.
    public let text: String
    public var description: String {
        "\"\(text)\" is not an IP address or range (such as 10.0.0.1, 10.0.0.0/8 or fd00::/8)"
    }
}

extension HTTPField.Name {
    /// The standard header naming the hops a request was forwarded through (RFC 7239).
    static let forwarded = HTTPField.Name("Forwarded")!
    /// The older, common form of the same.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
