import CareerKit
import GRDB

/// A row of `matchFeedback`: one "was this right for you?" answer.
struct MatchFeedbackRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "matchFeedback"

    var questionnaireVersion: String
    var role: String
    var rank: Int
    var score: Double
    var goodFit: Bool
    var token: String?

    init(_ feedback: MatchFeedback) {
        token = feedback.token?.rawValue
        questionnaireVersion = feedback.questionnaireVersion
        role = feedback.role.rawValue
        rank = feedback.rank
        score = feedback.score
        goodFit = feedback.goodFit
    }

    var matchFeedback: MatchFeedback {
        MatchFeedback(
            questionnaireVersion: questionnaireVersion, role: Role.ID(role), rank: rank, score: score, goodFit: goodFit,
            token: token.flatMap { ResultToken(rawValue: $0) })
    }
}
