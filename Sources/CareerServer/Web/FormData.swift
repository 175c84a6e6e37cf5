import Foundation
import Hummingbird

/// A submitted `application/x-www-form-urlencoded` form, every value of every field in order.
struct FormData {
    let fields: [(name: String, value: String)]

    init(_ text: String) {
        fields = text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? {
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let name = parts.first.flatMap(decode) else { return nil }
            return (name, parts.count > 1 ? decode(parts[1]) ?? "" : "")
        }
    }

    /// The first value of a field.
    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    static func read(_ request: inout Request) async throws -> FormData { FormData(try await request.bodyText()) }
}
