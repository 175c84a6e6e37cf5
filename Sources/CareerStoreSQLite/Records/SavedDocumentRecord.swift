import CareerKit
import Foundation
import GRDB

/// A row of `savedDocument`: a resume or posting a person kept, with the target role they chose.
struct SavedDocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "savedDocument"

    var token: String
    var kind: String
    var text: String
    var target: String?
    var createdAt: Date

    init(_ analysis: SavedAnalysis) {
        token = analysis.token.rawValue
        kind = analysis.kind.rawValue
        text = analysis.text
        target = analysis.target?.rawValue
        createdAt = analysis.createdAt
    }

    /// The domain value; nil for a row that no longer reads as one.
    var savedAnalysis: SavedAnalysis? {
        guard let token = ResultToken(rawValue: token), let kind = SavedAnalysis.Kind(rawValue: kind) else {
            return nil
        }
        return SavedAnalysis(
            token: token, kind: kind, text: text, target: target.map { Role.ID($0) }, createdAt: createdAt)
    }
}
