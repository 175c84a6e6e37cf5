/// A typed identifier, so that a role id and a skill id cannot be swapped by accident.
public struct Identifier<Owner>: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The id as written in the knowledge base, e.g. `ml-engineer`.
    public let rawValue: String

    /// Wraps an id as written in the knowledge base.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an id as written in the knowledge base.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Identifier: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.rawValue = value }
}

extension Identifier: Codable {
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

// Dictionaries keyed by ids (such as an item's weights per role) encode as JSON objects, not as flat lists.
extension Identifier: CodingKeyRepresentable {
    public var codingKey: any CodingKey { AnyKey(stringValue: rawValue) }

    public init?<Key: CodingKey>(codingKey: Key) { self.rawValue = codingKey.stringValue }

    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
