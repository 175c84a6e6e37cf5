import Foundation

/// A scored answer sheet, with the token when it was saved.
public struct AssessmentSubmission: Sendable {
    public let result: AssessmentResult
    public let token: ResultToken?
}

/// A saved assessment opened by its token: the result worked out again from the answers kept.
public struct OpenedResult: Sendable {
    public let token: ResultToken
    public let result: AssessmentResult
    public let createdAt: Date
    /// The person's vote on each role they rated: true for "good fit".
    public let votes: [Role.ID: Bool]
}

extension CareerService {
    /// Scores an answers file (YAML or JSON) and, when asked, keeps the answers behind a new private token. A file
    /// answered to an earlier questionnaire this installation keeps is read and scored with that version.
    public func submitAssessment(answersFile text: String, save: Bool) async throws -> AssessmentSubmission {
        let scorer = try AnswerSheet.version(of: text).flatMap { scorers[$0] } ?? requireScorer()
        let sheet = try AnswerSheet.parse(text, for: scorer.questionnaire)
        return try await submitAssessment(sheet, save: save)
    }

    /// Scores an answer sheet with the questionnaire version it answers (today's unless it says otherwise) and,
    /// when asked, keeps the answers.
    public func submitAssessment(_ sheet: AnswerSheet, save: Bool) async throws -> AssessmentSubmission {
        let scorer = try scorers[sheet.version] ?? requireScorer()
        let result = scorer.assess(sheet)
        guard save else { return AssessmentSubmission(result: result, token: nil) }
        let store = try requireStore()
        let token = makeToken()
        try await store.save(
            SavedResult(
                token: token, questionnaireVersion: scorer.questionnaire.version,
                answers: sheet.yaml(for: scorer.questionnaire), createdAt: now()))
        return AssessmentSubmission(result: result, token: token)
    }

    /// The saved result under a token, scored again with the questionnaire version it was answered to.
    public func openResult(token text: String) async throws -> OpenedResult {
        let token = try Self.token(text, "result")
        guard let saved = try await requireStore().result(token: token) else {
            throw CareerError(.notFound, "no saved result has that link (it may have been deleted)")
        }
        guard let scorer = scorers[saved.questionnaireVersion] else {
            throw CareerError(
                .unavailable,
                "this result was answered to questionnaire \(saved.questionnaireVersion), which this installation no longer has"
            )
        }
        let sheet = try AnswerSheet.parse(saved.answers, for: scorer.questionnaire)
        var votes: [Role.ID: Bool] = [:]
        for vote in try await requireStore().feedback(token: token) { votes[vote.role] = vote.goodFit }
        return OpenedResult(token: token, result: scorer.assess(sheet), createdAt: saved.createdAt, votes: votes)
    }

    /// Deletes a saved result and its answers for good.
    public func deleteResult(token text: String) async throws {
        let token = try Self.token(text, "result")
        guard try await requireStore().deleteResult(token: token) else {
            throw CareerError(.notFound, "no saved result has that link (it may have been deleted)")
        }
    }

    /// Records "was this right for you?" for one ranked role of a saved result: its version, rank and score, tied to
    /// the result so that voting again on the same role changes the vote.
    public func recordFeedback(token: String, role: String, goodFit: Bool) async throws -> RoleFit {
        let opened = try await openResult(token: token)
        guard let fit = opened.result.ranking.first(where: { $0.role.rawValue == role }) else {
            throw CareerError(.invalidInput, "that role is not ranked in this result", fields: ["role"])
        }
        try await requireStore().record(
            MatchFeedback(
                questionnaireVersion: opened.result.questionnaireVersion, role: fit.role, rank: fit.rank,
                score: fit.score, goodFit: goodFit, token: opened.token))
        return fit
    }

    /// How often people agreed with their matches, optionally for one questionnaire version.
    public func validityReport(version: String?) async throws -> ValidityReport {
        ValidityReport(feedback: try await requireStore().allFeedback(), questionnaireVersion: version)
    }
}
