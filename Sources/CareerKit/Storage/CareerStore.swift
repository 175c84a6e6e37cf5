import Foundation

/// What the product keeps: saved assessment results, feedback on matches, and analyses a user chose to save.
/// One protocol, one implementation module per database.
public protocol CareerStore: Sendable {
    /// Saves a result and returns the private token that alone reaches it again.
    func save(_ result: SavedResult) async throws
    /// The result saved under a token, if any.
    func result(token: ResultToken) async throws -> SavedResult?
    /// Deletes the result saved under a token; its votes stay as anonymous counts (role, rank, score, version) for
    /// the validity report, no longer tied to it. False when there was none.
    func deleteResult(token: ResultToken) async throws -> Bool
    /// Records one "was this right for you?" answer; a vote on a result replaces that result's earlier vote on the
    /// same role.
    func record(_ feedback: MatchFeedback) async throws
    /// The votes given on one result, one per role at most.
    func feedback(token: ResultToken) async throws -> [MatchFeedback]
    /// Every feedback answer, for the validity report.
    func allFeedback() async throws -> [MatchFeedback]
    /// Saves text the user asked to keep (a resume or a posting) with its analysis.
    func save(_ analysis: SavedAnalysis) async throws
    /// The analysis saved under a token, if any.
    func analysis(token: ResultToken) async throws -> SavedAnalysis?
    /// Deletes a saved analysis; false when there was none.
    func deleteAnalysis(token: ResultToken) async throws -> Bool
    /// Saves a new plan (its token must be new).
    func save(_ plan: SavedPlan) async throws
    /// The plan saved under a token, with its ticks, if any.
    func plan(token: ResultToken) async throws -> SavedPlan?
    /// Replaces a saved plan's skills, hours and ticks (a re-plan); false when there is no such plan.
    func update(_ plan: SavedPlan) async throws -> Bool
    /// Ticks one step done, or unticks it; false when there is no such plan.
    func tick(token: ResultToken, skill: Skill.ID, done: Bool, at time: Date) async throws -> Bool
    /// Deletes a plan and its ticks; false when there was none.
    func deletePlan(token: ResultToken) async throws -> Bool
    /// How many items of each kind are kept, for reports and for checking that nothing was kept unasked.
    func counts() async throws -> StoredCounts
    /// Returns when the database answers a trivial query; throws when it cannot be reached.
    func checkReachable() async throws
    /// Everything kept, read in one transaction, so the copy is consistent while writes go on.
    func snapshot() async throws -> StoreSnapshot
    /// Writes a snapshot into this store in one transaction; refuses (`StoreNotEmpty`) a store that keeps anything.
    func restore(_ snapshot: StoreSnapshot) async throws
    /// Deletes up to `limit` of the saved results, analyses and plans last changed before `date`, oldest first, as
    /// the delete of each would (votes are untied, ticks go with their plan); how many were deleted.
    func deleteSaved(before date: Date, limit: Int) async throws -> Int
    /// When each kept result, analysis and plan was last changed, for the retention report.
    func savedDates() async throws -> SavedDates
}

/// Everything a store keeps, in a form either database can read back: what a backup file holds.
public struct StoreSnapshot: Sendable, Codable, Equatable {
    public var results: [SavedResult]
    public var analyses: [SavedAnalysis]
    public var plans: [SavedPlan]
    public var feedback: [MatchFeedback]

    /// A snapshot of the given items.
    public init(
        results: [SavedResult] = [], analyses: [SavedAnalysis] = [], plans: [SavedPlan] = [],
        feedback: [MatchFeedback] = []
    ) {
        self.results = results
        self.analyses = analyses
        self.plans = plans
        self.feedback = feedback
    }

    /// How many items of each kind it holds.
    public var counts: StoredCounts {
        StoredCounts(results: results.count, analyses: analyses.count, feedback: feedback.count, plans: plans.count)
    }
}

/// When each kept item was made or (for plans) last changed, by kind.
public struct SavedDates: Sendable, Equatable {
    public var results: [Date]
    public var analyses: [Date]
    public var plans: [Date]

    /// Dates by kind.
    public init(results: [Date], analyses: [Date], plans: [Date]) {
        self.results = results
        self.analyses = analyses
        self.plans = plans
    }
}

/// A restore was asked of a database that already keeps items: restoring would mix two sets of people's data.
public struct StoreNotEmpty: Error, CustomStringConvertible {
    /// What the database keeps.
    public let counts: StoredCounts

    /// The refusal for a database that keeps `counts`.
    public init(counts: StoredCounts) { self.counts = counts }
    public var description: String {
        "the database already keeps \(counts.results) results, \(counts.analyses) analyses, \(counts.plans) plans and "
            + "\(counts.feedback) votes; restore into a new, empty database"
    }
}

/// How many items a store keeps, by kind.
public struct StoredCounts: Sendable, Equatable, Codable {
    public let results: Int
    public let analyses: Int
    public let feedback: Int
    public let plans: Int

    /// Counts by kind.
    public init(results: Int, analyses: Int, feedback: Int, plans: Int = 0) {
        self.results = results
        self.analyses = analyses
        self.feedback = feedback
        self.plans = plans
    }
}
