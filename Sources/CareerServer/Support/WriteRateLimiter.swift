import Foundation
import Synchronization

/// A token bucket per client for requests that write: each client may send `perMinute` writes a minute, in a
/// burst of up to that many; the clock is passed in so tests control time.
final class WriteRateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let perMinute: Double
    private let now: @Sendable () -> Date
    private let buckets = Mutex<[String: Bucket]>([:])
    /// Past this many clients, buckets that have refilled are forgotten, so made-up addresses cannot fill memory.
    private let tidyAbove = 10_000

    init(perMinute: Int, now: @escaping @Sendable () -> Date) {
        self.perMinute = Double(perMinute)
        self.now = now
    }

    /// nil when the client may write now; otherwise the whole seconds until it may.
    func retryAfter(client: String) -> Int? {
        let time = now()
        return buckets.withLock { buckets in
            var bucket = buckets[client] ?? Bucket(tokens: perMinute, updated: time)
            let refill = max(0, time.timeIntervalSince(bucket.updated)) * perMinute / 60
            bucket.tokens = min(perMinute, bucket.tokens + refill)
            bucket.updated = time
            if buckets.count > tidyAbove { buckets = buckets.filter { $0.value.tokens < perMinute } }
            guard bucket.tokens >= 1 else {
                buckets[client] = bucket
                return Int(((1 - bucket.tokens) * 60 / perMinute).rounded(.up))
            }
            bucket.tokens -= 1
            buckets[client] = bucket
            return nil
        }
    }
}
