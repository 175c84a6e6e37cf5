import Foundation

/// An assessment result a person chose to keep: the answers as given and the result as shown.
public struct SavedResult: Sendable, Codable {
    public let token: ResultToken
    public let questionnaireVersion: String
    /// The answers file, as `AnswerSheet.yaml(for:)` writes it.
    public let answers: String
    /// The result as JSON, so it reads back the same even after the questionnaire changes.
    public let resultJSON: Data
    public let createdAt: Date

    /// Creates a saved result.
    public init(token: ResultToken, questionnaireVersion: String, answers: String, resultJSON: Data, createdAt: Date) {
        self.token = token
        self.questionnaireVersion = questionnaireVersion
        self.answers = answers
        self.resultJSON = resultJSON
        self.createdAt = createdAt
    }
}

/// A resume or posting a person ticked "save" for, with its analysis.
public struct SavedAnalysis: Sendable, Codable {
    public enum Kind: String, Sendable, Codable {
        case resume, posting
    }

    public let token: ResultToken
    public let kind: Kind
    public let text: String
    public let analysisJSON: Data
    public let createdAt: Date

    /// Creates a saved analysis.
    public init(token: ResultToken, kind: Kind, text: String, analysisJSON: Data, createdAt: Date) {
        self.token = token
        self.kind = kind
        self.text = text
        self.analysisJSON = analysisJSON
        self.createdAt = createdAt
    }
}

/// "Was this right for you?" on one ranked role: the questionnaire version, the rank and the score, and
/// nothing else about the person.
public struct MatchFeedback: Hashable, Sendable, Codable {
    public let questionnaireVersion: String
    public let role: Role.ID
    public let rank: Int
    public let score: Double
    public let goodFit: Bool

    /// Creates a feedback answer.
    public init(questionnaireVersion: String, role: Role.ID, rank: Int, score: Double, goodFit: Bool) {
        self.questionnaireVersion = questionnaireVersion
        self.role = role
        self.rank = rank
        self.score = score
        self.goodFit = goodFit
    }
}
