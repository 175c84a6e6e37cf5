import CareerKit
import Foundation
import Testing

@Suite("Official wages: values as published")
struct WageDataTests {
    static let base = Result { try KnowledgeBaseLoader.bundled().load() }

    /// Rows copied verbatim from shared/data/oews_may2025_ai_related.csv, header first.
    static func sampleRows() throws -> [[String: String]] {
        guard let url = Bundle.module.url(forResource: "Fixtures/oews-sample", withExtension: "csv") else {
            throw CocoaError(.fileNoSuchFile)
        }
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(Self.csvFields)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    /// RFC 4180 fields of one line: commas separate, double quotes enclose, a doubled quote is a quote.
    static func csvFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for character in line {
            if character == "\"" {
                if quoted, previous == "\"" { field.append("\"") }
                quoted.toggle()
            } else if character == ",", !quoted {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
            previous = character
        }
        fields.append(field)
        return fields
    }

    @Test("every sampled CSV row round-trips exactly: area, occupation and every value as printed")
    func roundTrip() throws {
        let wages = try Self.base.get().wages
        let rows = try Self.sampleRows()
        #expect(rows.count >= 80)
        for row in rows {
            let area = try #require(wages.area(row["area_code"]!), "area \(row["area_code"]!)")
            #expect(area.name == row["area_name"])
            #expect(area.kind.rawValue == row["area_type"])
            let occupation = try #require(wages.occupation(row["soc_code"]!))
            #expect(occupation.title == row["occupation_title"])
            #expect(occupation.coreTarget == (row["core_target"] == "yes"))
            let record = try #require(wages.record(area: area.id, occupation: occupation.id))
            for (name, value) in zip(WageRecord.columnNames, record.columns) {
                #expect(value.text == row[name], "\(area.name) \(occupation.id) \(name)")
            }
            #expect(record.footnotesText == row["footnotes"])
            #expect(record.annual.median.text == row["annual_median"])
        }
    }

    @Test("the whole data set is bundled: 16 national, 809 state and 5,012 metro rows")
    func counts() throws {
        let wages = try Self.base.get().wages
        let kinds = wages.records.map { wages.area($0.area)?.kind }
        #expect(kinds.filter { $0 == .national }.count == 16)
        #expect(kinds.filter { $0 == .state }.count == 809)
        #expect(kinds.filter { $0 == .metro }.count == 5012)
    }

    @Test("'-' is never a number: it reads as not released")
    func notReleased() throws {
        let values = try Self.base.get().wages.records.flatMap(\.columns).filter { $0.text == "-" }
        #expect(values.count > 100)
        for value in values {
            #expect(value.status == .notReleased)
            #expect(value.number == nil)
            #expect(value.lowerBound == nil)
            #expect(value.display == "not released")
        }
    }

    @Test("a top-coded wage is 'at least' its ceiling and never a number")
    func topCoded() throws {
        let marked = PublishedValue(text: "#", unit: .annualDollars)
        let footnoted = PublishedValue(text: "239200", unit: .annualDollars, topCodedRow: true)
        let hourly = PublishedValue(text: ">=115.00", unit: .hourlyDollars)
        for value in [marked, footnoted] {
            #expect(value.status == .topCoded)
            #expect(value.number == nil)
            #expect(value.display == "at least $239,200")
        }
        #expect(hourly.status == .topCoded && hourly.display == "at least $115.00")
        // Without footnote 5 the same figure is an ordinary estimate.
        #expect(PublishedValue(text: "239200", unit: .annualDollars).number == 239200)
        let texts = WageRecord.columnNames.map { $0.hasPrefix("annual") ? "239200" : "1" }
        let record = try #require(WageRecord(area: "x", occupation: "y", texts: texts, footnotes: "5"))
        #expect(record.annual.p90.display == "at least $239,200")
        #expect(record.annual.p90.number == nil)
        #expect(record.employment.number == 1)
    }

    @Test("published figures print as money: $126,800 a year, $57.80 an hour")
    func display() {
        #expect(PublishedValue(text: "126800", unit: .annualDollars).display == "$126,800")
        #expect(PublishedValue(text: "57.8", unit: .hourlyDollars).display == "$57.80")
        #expect(PublishedValue(text: "", unit: .ratio).status == .absent)
    }
}
