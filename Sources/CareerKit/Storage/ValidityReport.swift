/// How often people agree with a match, by rank and by score band: the evidence that the ranking means something.
public struct ValidityReport: Sendable, Codable {
    /// Agreement at one rank or in one score band.
    public struct Row: Sendable, Codable, Hashable {
        public let label: String
        public let answers: Int
        public let goodFit: Int
        /// goodFit / answers, or nil with no answers.
        public let agreement: Double?
    }

    public let answers: Int
    public let byRank: [Row]
    public let byScoreBand: [Row]

    /// Tallies feedback, optionally for one questionnaire version only.
    public init(feedback: [MatchFeedback], questionnaireVersion: String? = nil) {
        let kept = feedback.filter { questionnaireVersion == nil || $0.questionnaireVersion == questionnaireVersion }
        answers = kept.count
        let ranks = Set(kept.map(\.rank)).sorted()
        byRank = ranks.map { rank in Self.row("rank \(rank)", kept.filter { $0.rank == rank }) }
        byScoreBand = stride(from: 0, to: 100, by: 20).map { low in
            let high = low + 20
            let inBand = kept.filter {
                $0.score >= Double(low) && ($0.score < Double(high) || (high == 100 && $0.score <= 100))
            }
            return Self.row("score \(low)-\(high)", inBand)
        }
    }

    private static func row(_ label: String, _ feedback: [MatchFeedback]) -> Row {
        let good = feedback.filter(\.goodFit).count
        return Row(
            label: label, answers: feedback.count, goodFit: good,
            agreement: feedback.isEmpty ? nil : Double(good) / Double(feedback.count))
    }
}
