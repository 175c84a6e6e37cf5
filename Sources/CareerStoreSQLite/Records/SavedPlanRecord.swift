import CareerKit
import Foundation
import GRDB

/// A row of `savedPlan`: a kept plan's role, skills (one id per line) and hours a week.
struct SavedPlanRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "savedPlan"

    var token: String
    var target: String
    var have: String
    var hoursPerWeek: Int?
    var createdAt: Date
    var updatedAt: Date

    init(_ plan: SavedPlan) {
        token = plan.token.rawValue
        target = plan.target.rawValue
        have = plan.have.map(\.rawValue).joined(separator: "\n")
        hoursPerWeek = plan.hoursPerWeek
        createdAt = plan.createdAt
        updatedAt = plan.updatedAt
    }

    /// The domain value with its ticks; nil for a row that no longer reads as one.
    func savedPlan(done: [String]) -> SavedPlan? {
        guard let token = ResultToken(rawValue: token) else { return nil }
        return SavedPlan(
            token: token, target: Role.ID(target), have: have.split(separator: "\n").map { Skill.ID(String($0)) },
            hoursPerWeek: hoursPerWeek, done: done.map { Skill.ID($0) }, createdAt: createdAt, updatedAt: updatedAt)
    }
}

/// A row of `planTick`: one step of a kept plan ticked done.
struct PlanTickRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "planTick"

    var token: String
    var skill: String
}
