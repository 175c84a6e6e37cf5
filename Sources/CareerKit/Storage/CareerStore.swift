/// What the product keeps: saved assessment results, feedback on matches, and analyses a user chose to save.
/// One protocol, one implementation module per database.
public protocol CareerStore: Sendable {
    /// Saves a result and returns the private token that alone reaches it again.
    func save(_ result: SavedResult) async throws
    /// The result saved under a token, if any.
    func result(token: ResultToken) async throws -> SavedResult?
    /// Deletes the result saved under a token; false when there was none.
    func deleteResult(token: ResultToken) async throws -> Bool
    /// Records one "was this right for you?" answer.
    func record(_ feedback: MatchFeedback) async throws
    /// Every feedback answer, for the validity report.
    func allFeedback() async throws -> [MatchFeedback]
    /// Saves text the user asked to keep (a resume or a posting) with its analysis.
    func save(_ analysis: SavedAnalysis) async throws
    /// The analysis saved under a token, if any.
    func analysis(token: ResultToken) async throws -> SavedAnalysis?
    /// Deletes a saved analysis; false when there was none.
    func deleteAnalysis(token: ResultToken) async throws -> Bool
}
