import Foundation

/// An assessment a person chose to keep: what they answered, to which questionnaire version, and when. The result
/// is worked out again on every read, from the questionnaire of that version, so a link shows what it showed.
public struct SavedResult: Sendable, Codable, Equatable {
    public let token: ResultToken
    public let questionnaireVersion: String
    /// The answers file, as `AnswerSheet.yaml(for:)` writes it.
    public let answers: String
    public let createdAt: Date

    /// Creates a saved result.
    public init(token: ResultToken, questionnaireVersion: String, answers: String, createdAt: Date) {
        self.token = token
        self.questionnaireVersion = questionnaireVersion
        self.answers = answers
        self.createdAt = createdAt
    }
}

/// A resume or posting a person ticked "save" for: the text and what they asked of it. The analysis is worked out
/// again on every read.
public struct SavedAnalysis: Sendable, Codable, Equatable {
    /// Which kind of text it is.
    public enum Kind: String, Sendable, Codable {
        case resume, posting
    }

    public let token: ResultToken
    public let kind: Kind
    public let text: String
    /// The role a resume was read against, when one was chosen.
    public let target: Role.ID?
    public let createdAt: Date

    /// Creates a saved analysis.
    public init(token: ResultToken, kind: Kind, text: String, target: Role.ID?, createdAt: Date) {
        self.token = token
        self.kind = kind
        self.text = text
        self.target = target
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
    /// The result it was given on: one vote per role and result, which a second vote replaces. Nil for votes
    /// kept before votes were tied to their result.
    public let token: ResultToken?

    /// Creates a feedback answer.
    public init(
        questionnaireVersion: String, role: Role.ID, rank: Int, score: Double, goodFit: Bool, token: ResultToken? = nil
    ) {
        self.token = token
        self.questionnaireVersion = questionnaireVersion
        self.role = role
        self.rank = rank
        self.score = score
        self.goodFit = goodFit
    }
}
