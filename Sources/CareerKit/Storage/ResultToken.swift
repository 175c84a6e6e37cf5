/// An unguessable token (128 random bits, base64url) that is the only way to reach a saved result.
public struct ResultToken: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts only the shape tokens have: 22 base64url characters.
    public init?(rawValue: String) {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        guard rawValue.count == 22, rawValue.allSatisfy(allowed.contains) else { return nil }
        self.rawValue = rawValue
    }

    /// A new token from the given random source.
    public static func random(using generator: inout some RandomNumberGenerator) -> ResultToken {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        // 22 characters of 6 bits each: 132 random bits.
        let text = String((0..<22).map { _ in alphabet[Int(generator.next() & 63)] })
        return ResultToken(rawValue: text)!
    }

    public var description: String { rawValue }
}
