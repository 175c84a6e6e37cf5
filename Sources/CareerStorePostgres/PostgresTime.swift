import Foundation
import NIOCore
import PostgresNIO

/// A date written to a `timestamptz` column rounded to the nearest microsecond. postgres-nio's own encoding of
/// `Date` truncates, so 12:00:00.199 could be kept as .198999 and a backup moved between databases would differ.
struct PostgresTime: PostgresNonThrowingEncodable {
    let date: Date

    init(_ date: Date) { self.date = date }

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        // PostgreSQL counts microseconds from 2000-01-01 00:00 UTC.
        let microseconds = (date.timeIntervalSince1970 - 946_684_800) * 1_000_000
        byteBuffer.writeInteger(Int64(microseconds.rounded()))
    }
}
