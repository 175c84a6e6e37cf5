/// What in a posting marks the work as one role rather than its neighbour (`posting-signals.yaml`): editorial,
/// used only to read postings.
public struct PostingSignals: Hashable, Sendable, Codable {
    public let role: Role.ID
    public let sources: [Source.ID]
    /// The statements of the sources the list rests on, in our words.
    public let note: String
    /// What the signals show about the work, in a few words ("builds on hosted foundation models").
    public let marks: String
    public let signals: [WeightedSkill]
}
