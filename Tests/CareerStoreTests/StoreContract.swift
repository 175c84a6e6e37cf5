import CareerKit
import Foundation
import Testing

/// What every `CareerStore` must do, run against each backend by its own suite.
struct StoreContract {
    let store: any CareerStore
    var generator = SplitMix64(seed: UInt64(Date().timeIntervalSince1970 * 1000))

    mutating func token() -> ResultToken { ResultToken.random(using: &generator) }

    static func result(_ token: ResultToken, answers: String = "version: \"v-test\"\nanswers: {}\n") -> SavedResult {
        SavedResult(
            token: token, questionnaireVersion: "v-test", answers: answers,
            createdAt: Date(timeIntervalSince1970: 1_800_000_000))
    }

    /// A saved result reads back intact through its token only, and deleting twice answers false the second time.
    mutating func resultLifecycle() async throws {
        let token = token()
        let saved = Self.result(token, answers: "version: \"v-test\"\n# 'quotes', \"doubles\", emoji 🚀, <tags>\n")
        try await store.save(saved)
        let back = try #require(try await store.result(token: token))
        #expect(back == saved)
        #expect(try await store.result(token: self.token()) == nil)
        #expect(try await store.deleteResult(token: token))
        #expect(try await store.deleteResult(token: token) == false)
        #expect(try await store.result(token: token) == nil)
    }

    /// A second save under a token already used fails instead of overwriting the first.
    mutating func duplicateToken() async throws {
        let token = token()
        try await store.save(Self.result(token, answers: "first"))
        await #expect(throws: (any Error).self) { try await store.save(Self.result(token, answers: "second")) }
        #expect(try await store.result(token: token)?.answers == "first")
    }

    /// Feedback is kept in the order given.
    func feedback() async throws {
        let version = "v-\(UUID().uuidString)"
        let answers = [(1, 82.5, true), (1, 75.0, true), (2, 61.0, false), (8, 12.25, false)]
        for (rank, score, good) in answers {
            try await store.record(
                MatchFeedback(
                    questionnaireVersion: version, role: "ml-engineer", rank: rank, score: score, goodFit: good))
        }
        let mine = try await store.allFeedback().filter { $0.questionnaireVersion == version }
        #expect(mine.map(\.rank) == [1, 1, 2, 8])
        #expect(mine.map(\.score) == [82.5, 75.0, 61.0, 12.25])
        #expect(mine.map(\.goodFit) == [true, true, false, false])
    }

    /// A vote on a result is one per role: voting again replaces it, other results' votes are untouched, and
    /// deleting the result unties its votes, which stay as anonymous counts.
    mutating func votesOnAResult() async throws {
        let mine = token(), other = token()
        try await store.save(Self.result(mine))
        try await store.save(Self.result(other))
        let version = "v-\(UUID().uuidString)"
        func vote(_ token: ResultToken, _ role: Role.ID, _ good: Bool) async throws {
            try await store.record(
                MatchFeedback(
                    questionnaireVersion: version, role: role, rank: 1, score: 70, goodFit: good, token: token))
        }
        try await vote(mine, "ml-engineer", true)
        try await vote(mine, "ml-engineer", false)
        try await vote(mine, "data-scientist", true)
        try await vote(other, "ml-engineer", true)
        let votes = try await store.feedback(token: mine)
        #expect(votes.count == 2)
        #expect(votes.first { $0.role == "ml-engineer" }?.goodFit == false)
        #expect(votes.first { $0.role == "data-scientist" }?.goodFit == true)
        #expect(votes.allSatisfy { $0.token == mine })
        #expect(try await store.deleteResult(token: mine))
        #expect(try await store.feedback(token: mine).isEmpty)
        // The votes stay, untied: three in all for this version (two from the deleted result, one from the other).
        let kept = try await store.allFeedback().filter { $0.questionnaireVersion == version }
        #expect(kept.count == 3 && kept.filter { $0.token == mine }.isEmpty)
        #expect(try await store.feedback(token: other).map(\.goodFit) == [true])
    }

    /// A plan keeps its inputs and ticks; ticking twice is one tick, unticking removes it, a re-plan replaces
    /// skills and ticks, and deleting takes its ticks with it. Unknown tokens answer false.
    mutating func planLifecycle() async throws {
        let token = token()
        let made = Date(timeIntervalSince1970: 1_800_000_000)
        let plan = SavedPlan(
            token: token, target: "mlops-engineer", have: ["python", "docker"], hoursPerWeek: 6, done: ["kubernetes"],
            createdAt: made, updatedAt: made)
        try await store.save(plan)
        #expect(try await store.plan(token: token) == plan)
        let later = made.addingTimeInterval(60)
        #expect(try await store.tick(token: token, skill: "ci-cd", done: true, at: later))
        #expect(try await store.tick(token: token, skill: "ci-cd", done: true, at: later))
        #expect(try await store.tick(token: token, skill: "kubernetes", done: false, at: later))
        let ticked = try #require(try await store.plan(token: token))
        #expect(ticked.done == ["ci-cd"] && ticked.updatedAt == later)
        let replanned = SavedPlan(
            token: token, target: "mlops-engineer", have: ["python", "docker", "terraform"], hoursPerWeek: nil,
            done: ["ci-cd", "model-monitoring"], createdAt: made, updatedAt: later)
        #expect(try await store.update(replanned))
        #expect(try await store.plan(token: token) == replanned)
        let stranger = self.token()
        #expect(try await store.tick(token: stranger, skill: "ci-cd", done: true, at: later) == false)
        #expect(
            try await store.update(
                SavedPlan(
                    token: stranger, target: "ml-engineer", have: [], hoursPerWeek: nil, done: [], createdAt: made,
                    updatedAt: made)) == false)
        #expect(try await store.plan(token: stranger) == nil)
        #expect(try await store.deletePlan(token: token))
        #expect(try await store.plan(token: token) == nil)
        #expect(try await store.deletePlan(token: token) == false)
    }

    /// A saved analysis keeps its text and target exactly (and a posting has none) and goes when deleted.
    mutating func analysisLifecycle() async throws {
        let token = token()
        let text = "Résumé\r\nPython, SQL; \"quotes\" and 'apostrophes'; <script>alert(1)</script>\n"
        let saved = SavedAnalysis(
            token: token, kind: .resume, text: text, target: "mlops-engineer",
            createdAt: Date(timeIntervalSince1970: 1_800_000_123))
        try await store.save(saved)
        #expect(try await store.analysis(token: token) == saved)
        let posting = SavedAnalysis(
            token: self.token(), kind: .posting, text: "MLOps Engineer", target: nil, createdAt: saved.createdAt)
        try await store.save(posting)
        #expect(try await store.analysis(token: posting.token) == posting)
        #expect(try await store.deleteAnalysis(token: token))
        #expect(try await store.analysis(token: token) == nil)
        #expect(try await store.deleteAnalysis(token: token) == false)
    }

    /// Many saves at once all land and read back.
    mutating func concurrentSaves() async throws {
        let tokens = (0..<200).map { _ in token() }
        let store = store
        try await withThrowingTaskGroup(of: Void.self) { group in
            for token in tokens { group.addTask { try await store.save(Self.result(token)) } }
            try await group.waitForAll()
        }
        for token in tokens { #expect(try await store.result(token: token)?.token == token) }
    }

    /// A snapshot holds every kind of item exactly as saved, with a vote still tied to its result; restoring it
    /// into a non-empty store is refused.
    mutating func snapshotHoldsEverything() async throws {
        let result = Self.result(token())
        let analysis = SavedAnalysis(
            token: token(), kind: .posting, text: "MLOps Engineer\nTerraform", target: nil,
            createdAt: Date(timeIntervalSince1970: 1_800_000_500))
        let made = Date(timeIntervalSince1970: 1_800_000_000)
        let plan = SavedPlan(
            token: token(), target: "mlops-engineer", have: ["python"], hoursPerWeek: 4,
            done: ["docker", "kubernetes"],
            createdAt: made, updatedAt: made.addingTimeInterval(30))
        let vote = MatchFeedback(
            questionnaireVersion: "v-test", role: "ml-engineer", rank: 2, score: 71.5, goodFit: true,
            token: result.token)
        try await store.save(result)
        try await store.save(analysis)
        try await store.save(plan)
        try await store.record(vote)
        let snapshot = try await store.snapshot()
        #expect(snapshot.results.filter { $0.token == result.token } == [result])
        #expect(snapshot.analyses.filter { $0.token == analysis.token } == [analysis])
        #expect(snapshot.plans.filter { $0.token == plan.token } == [plan])
        #expect(snapshot.feedback.filter { $0.token == result.token } == [vote])
        await #expect(throws: StoreNotEmpty.self) { try await store.restore(snapshot) }
    }

    /// Retention deletes what was last changed before the date, oldest first and no more than the batch at a
    /// time; a deleted result's vote stays, untied; newer items stay.
    mutating func retention() async throws {
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        let cutoff = Date(timeIntervalSince1970: 1_100_000_000)
        let oldResults = (0..<3).map { index in
            SavedResult(
                token: token(), questionnaireVersion: "v-test", answers: "old",
                createdAt: old.addingTimeInterval(Double(index)))
        }
        for result in oldResults { try await store.save(result) }
        let vote = MatchFeedback(
            questionnaireVersion: "v-test", role: "data-scientist", rank: 1, score: 80, goodFit: false,
            token: oldResults[0].token)
        try await store.record(vote)
        for _ in 0..<2 {
            try await store.save(SavedAnalysis(token: token(), kind: .resume, text: "old", target: nil, createdAt: old))
        }
        let oldPlan = SavedPlan(
            token: token(), target: "ml-engineer", have: [], hoursPerWeek: nil, done: ["pytorch"], createdAt: old,
            updatedAt: old)
        try await store.save(oldPlan)
        // Made long ago but changed since: a plan still followed stays.
        let usedPlan = SavedPlan(
            token: token(), target: "ml-engineer", have: [], hoursPerWeek: nil, done: [], createdAt: old,
            updatedAt: Date(timeIntervalSince1970: 1_800_000_000))
        try await store.save(usedPlan)
        let recent = Self.result(token())
        try await store.save(recent)
        let before = try await store.savedDates()
        #expect(before.results.filter { $0 < cutoff }.count == 3)
        #expect(before.analyses.filter { $0 < cutoff }.count == 2 && before.plans.filter { $0 < cutoff }.count == 1)

        #expect(try await store.deleteSaved(before: cutoff, limit: 4) == 4)
        #expect(try await store.result(token: oldResults[2].token) == nil)
        #expect(try await store.deleteSaved(before: cutoff, limit: 4) == 2)
        #expect(try await store.deleteSaved(before: cutoff, limit: 4) == 0)
        #expect(try await store.plan(token: oldPlan.token) == nil)
        #expect(try await store.plan(token: usedPlan.token) == usedPlan)
        #expect(try await store.result(token: recent.token) == recent)
        let after = try await store.savedDates()
        #expect(after.results.allSatisfy { $0 >= cutoff } && after.analyses.allSatisfy { $0 >= cutoff })
        let untied = try await store.snapshot().feedback.filter { $0.role == "data-scientist" && $0.rank == 1 }
        #expect(untied.contains { $0.token == nil && $0.score == 80 && $0.goodFit == false })
        #expect(try await store.feedback(token: oldResults[0].token).isEmpty)
        try await store.checkReachable()
    }
}
