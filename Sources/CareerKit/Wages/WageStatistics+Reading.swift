import Foundation

extension WageStatistics {
    /// The folder inside a knowledge base that holds the wage tables.
    static let folder = "wages"

    /// Reads `wages/areas.tsv`, `occupations.tsv` and `wages.tsv` (written by scripts/compact-wages); an absent
    /// folder is an empty set, and every malformed line is reported rather than skipped silently.
    static func read(from knowledgeBase: URL) -> (WageStatistics, [ValidationIssue]) {
        let folder = knowledgeBase.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: folder.path) else { return (WageStatistics(), []) }
        var issues: [ValidationIssue] = []
        let areas = table(folder, "areas.tsv", ["area_code", "area_type", "area_name"], &issues) {
            fields -> WageArea? in
            WageArea.Kind(rawValue: fields[1]).map { WageArea(id: fields[0], kind: $0, name: fields[2]) }
        }
        let occupationHeader = ["soc_code", "occupation_title", "core_target"]
        let occupations = table(folder, "occupations.tsv", occupationHeader, &issues) { fields -> OfficialOccupation? in
            ["yes", "no"].contains(fields[2])
                ? OfficialOccupation(id: fields[0], title: fields[1], coreTarget: fields[2] == "yes") : nil
        }
        let areaIDs = Set(areas.map(\.id))
        let occupationIDs = Set(occupations.map(\.id))
        let header = ["area_code", "soc_code"] + WageRecord.columnNames + ["footnotes"]
        let records = table(folder, "wages.tsv", header, &issues) { fields -> WageRecord? in
            guard areaIDs.contains(fields[0]), occupationIDs.contains(fields[1]) else { return nil }
            return WageRecord(
                area: fields[0], occupation: fields[1], texts: Array(fields[2..<(fields.count - 1)]),
                footnotes: fields[fields.count - 1])
        }
        return (WageStatistics(areas: areas, occupations: occupations, records: records), issues)
    }

    /// Each line after the header, split on tabs and read by `row`; a line that fails is reported by number.
    private static func table<Row>(
        _ folder: URL, _ name: String, _ header: [String], _ issues: inout [ValidationIssue],
        _ row: ([String]) -> Row?
    ) -> [Row] {
        let file = "\(Self.folder)/\(name)"
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
            String(data: data, encoding: .utf8) != nil
        else {
            issues.append(ValidationIssue(file: file, path: "", problem: "file not found or not UTF-8 text"))
            return []
        }
        let wrongHeader = ValidationIssue(
            file: file, line: 1, path: "", problem: "expected the columns \(header.joined(separator: ", "))")
        guard !data.isEmpty else {
            issues.append(wrongHeader)
            return []
        }
        var rows: [Row] = []
        // Fields are cut from the raw bytes: splitting a String walks grapheme clusters, and building Strings from
        // its slices takes a slow path; together they were most of the knowledge base's load time.
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var lineStart = 0, number = 0
            while lineStart < bytes.count {
                number += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                let contentEnd = lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") ? lineEnd - 1 : lineEnd
                let line = UnsafeRawBufferPointer(rebasing: bytes[lineStart..<contentEnd])
                let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                    String(decoding: UnsafeRawBufferPointer(rebasing: $0), as: UTF8.self)
                }
                if number == 1 {
                    guard fields == header else {
                        issues.append(wrongHeader)
                        return
                    }
                    continue
                }
                if line.isEmpty { continue }
                guard fields.count == header.count, let value = row(fields) else {
                    issues.append(
                        ValidationIssue(
                            file: file, line: number, path: "",
                            problem: "malformed row (wrong column count, unknown code or type): "
                                + String(decoding: line.prefix(60), as: UTF8.self)))
                    continue
                }
                rows.append(value)
            }
        }
        return rows
    }
}
