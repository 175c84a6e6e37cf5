import CareerKit
import Foundation
import GRDB

/// A row of `savedResult`: the answers a person kept.
struct SavedResultRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "savedResult"

    var token: String
    var questionnaireVersion: String
    var answers: String
    var createdAt: Date

    init(_ result: SavedResult) {
        token = result.token.rawValue
        questionnaireVersion = result.questionnaireVersion
        answers = result.answers
        createdAt = result.createdAt
    }

    /// The domain value; nil for a row whose token no longer has the shape tokens have.
    var savedResult: SavedResult? {
        ResultToken(rawValue: token).map { token in
            SavedResult(
                token: token, questionnaireVersion: questionnaireVersion, answers: answers, createdAt: createdAt)
        }
    }
}
