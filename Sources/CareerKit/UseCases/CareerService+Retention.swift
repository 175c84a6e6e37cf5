import Foundation

/// How long saved items are kept, and the deleting and reporting that follow from it.
extension CareerService {
    /// Deletes saved results, analyses and plans last changed more than `days` days ago, `batch` at a time so
    /// that no one transaction holds the database for long; `pause` runs between batches. How many went.
    public func deleteExpired(
        olderThanDays days: Int, batch: Int = 500, pause: () async throws -> Void = { await Task.yield() }
    ) async throws -> Int {
        let store = try requireStore()
        let cutoff = now().addingTimeInterval(-Double(days) * 86_400)
        var total = 0
        while true {
            let deleted = try await store.deleteSaved(before: cutoff, limit: batch)
            total += deleted
            guard deleted == batch else { return total }
            try await pause()
        }
    }
}

/// Saved items by age: per kind, a count for each band of `bands`.
public struct RetentionReport: Sendable, Equatable, Codable {
    /// An age band: younger than `upTo` days (nil: any age), labelled for people.
    public struct Band: Sendable, Equatable, Codable {
        public let label: String
        public let upTo: Int?
    }

    /// The bands, youngest first.
    public static let bands = [
        Band(label: "under 7 days", upTo: 7), Band(label: "7-30 days", upTo: 30), Band(label: "30-90 days", upTo: 90),
        Band(label: "90-365 days", upTo: 365), Band(label: "over a year", upTo: nil),
    ]

    public let results: [Int]
    public let analyses: [Int]
    public let plans: [Int]

    /// Counts what `store` keeps by age as of `now`; needs no knowledge base, so reports open only the store.
    public static func read(from store: any CareerStore, now: Date) async throws -> RetentionReport {
        let dates = try await store.savedDates()
        func counts(_ dates: [Date]) -> [Int] {
            var counts = [Int](repeating: 0, count: bands.count)
            for date in dates {
                let age = now.timeIntervalSince(date) / 86_400
                counts[bands.firstIndex { band in band.upTo.map { age < Double($0) } ?? true } ?? bands.count - 1] += 1
            }
            return counts
        }
        return RetentionReport(
            results: counts(dates.results), analyses: counts(dates.analyses), plans: counts(dates.plans))
    }
}
