/// Where a statement or figure comes from: an article, a data set, or our own marked inference.
public struct Source: Identifiable, Hashable, Sendable, Codable {
    public typealias ID = Identifier<Source>

    /// What kind of material a source is.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case article, dataset, editorial
    }

    public var id: ID
    /// The file the source was read from, when it is one of the seed articles.
    public var file: String?
    public var title: String
    /// The short name people see where a statement cites it.
    public var name: String
    /// Where it can be read online (https), when known.
    public var url: String?
    public var publisher: String?
    public var author: String?
    public var kind: Kind
    /// The terms under which the material is used.
    public var licence: String
    /// The credit line the licence asks for, shown wherever the material is shown.
    public var attribution: String?
    public var note: String?
}
