import Foundation
import Testing

@testable import CareerKit

/// The wage tables are read from bytes; broken tables must still be reported line by line, never skipped silently.
@Suite("Reading the wage tables")
struct WageTableReadingTests {
    static let wageHeader = (["area_code", "soc_code"] + WageRecord.columnNames + ["footnotes"]).joined(separator: "\t")

    /// A knowledge-base folder holding only `wages/` with the given files.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wages-\(UUID().uuidString)")
        let wages = root.appendingPathComponent("wages")
        try FileManager.default.createDirectory(at: wages, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: wages.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return root
    }

    static let areas = "area_code\tarea_type\tarea_name\n99\tnational\tU.S.\n"
    static let occupations = "soc_code\toccupation_title\tcore_target\n15-2051\tData Scientists\tyes\n"
    static let row = (["99", "15-2051"] + Array(repeating: "100", count: WageRecord.columnNames.count) + [""])
        .joined(separator: "\t")

    @Test("Windows line ends and a missing final line feed read the same as plain ones")
    func lineEnds() throws {
        let root = try Self.folder([
            "areas.tsv": Self.areas.replacingOccurrences(of: "\n", with: "\r\n"),
            "occupations.tsv": Self.occupations,
            "wages.tsv": Self.wageHeader + "\r\n" + Self.row,
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (wages, issues) = WageStatistics.read(from: root)
        #expect(issues.isEmpty)
        #expect(wages.areas.map(\.name) == ["U.S."])
        #expect(wages.records.count == 1 && wages.records[0].annual.median.text == "100")
    }

    @Test("A malformed row is reported with its line number; a wrong header and an empty table are reported")
    func problems() throws {
        let root = try Self.folder([
            "areas.tsv": "",
            "occupations.tsv": "code\ttitle\n",
            "wages.tsv": Self.wageHeader + "\n" + Self.row + "\n\n" + "99\t15-2051\tonly three\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let (_, issues) = WageStatistics.read(from: root)
        #expect(issues.contains { $0.file == "wages/areas.tsv" && $0.problem.hasPrefix("expected the columns") })
        #expect(issues.contains { $0.file == "wages/occupations.tsv" && $0.problem.hasPrefix("expected the columns") })
        #expect(
            issues.contains { $0.file == "wages/wages.tsv" && $0.line == 4 && $0.problem.hasPrefix("malformed row") })
    }
}
