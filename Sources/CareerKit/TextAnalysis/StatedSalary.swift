import Foundation

/// A salary range a posting states, as printed, with the figures read from it.
public struct StatedSalary: Hashable, Sendable, Codable {
    public let printed: String
    public let currency: String?
    public let low: Int
    public let high: Int?
    /// True for "90K+" and the like.
    public let openEnded: Bool
    /// year or hour.
    public let period: String

    /// The first salary the text states, if any: "$120,000 - $150,000", "120k-150k", "USD 90K+".
    public static func first(in text: String) -> StatedSalary? {
        // Building the regex costs more than matching it, so each reading builds it once, not once per line.
        let pattern = Self.pattern
        for line in text.split(whereSeparator: \.isNewline) {
            if let found = read(String(line), pattern) { return found }
        }
        return nil
    }

    // Regex is not Sendable, so each reading builds its own; postings are short.
    static var pattern: Regex<AnyRegexOutput> {
        let currency = #"(?:\$|€|£|usd|eur|gbp)"#
        let hourly = #"\d{2,3}(?:\.\d+)?(?=\s*/\s*(?:hour|hr)|\s+(?:per|an)\s+hour)"#
        let amount = #"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?\s*[kK]|\d{4,7}|"# + hourly
        let source =
            #"(?i)(?<c1>"# + currency + #")?\s*(?<low>"# + amount + #")\s*(?<p1>\+)?"#
            + #"(?:\s*(?:-|–|—|to)\s*(?<c2>"# + currency + #")?\s*(?<high>"# + amount + #")\s*(?<p2>\+)?)?"#
            + #"\s*(?<c3>usd|eur|gbp)?(?<per>\s*(?:/|per|an|a)\s*(?:hour|hr|year|yr|annum))?"#
        return try! Regex(source)
    }

    static let salaryWords = ["salary", "compensation", "pay", "base", "range", "ote", "per year", "annual"]

    private static func read(_ line: String, _ pattern: Regex<AnyRegexOutput>) -> StatedSalary? {
        let lowered = line.lowercased()
        for match in line.matches(of: pattern) {
            let output = match.output
            func text(_ name: String) -> String? { output[name]?.substring.map(String.init) }
            guard let lowText = text("low"), let low = amount(lowText) else { continue }
            let high = text("high").flatMap(amount)
            let currency = text("c1") ?? text("c2") ?? text("c3")
            let hasK = lowText.lowercased().hasSuffix("k")
            // A bare number is a salary only with a currency, or a "k" and a range or salary words around it.
            let looksLikePay =
                currency != nil
                || (hasK && (high != nil || text("p1") != nil || salaryWords.contains(where: lowered.contains)))
            guard looksLikePay else { continue }
            let period = text("per").map { $0.lowercased().contains("h") ? "hour" : "year" } ?? "year"
            let plausible = period == "hour" ? (10...500).contains(low) : (10_000...2_000_000).contains(low)
            guard plausible, high.map({ $0 >= low }) ?? true else { continue }
            return StatedSalary(
                printed: String(line[match.range]).trimmingCharacters(in: .whitespaces),
                currency: currency.map(normalise),
                low: low, high: high, openEnded: text("p1") != nil || text("p2") != nil, period: period)
        }
        return nil
    }

    private static func amount(_ text: String) -> Int? {
        let cleaned = text.lowercased().replacingOccurrences(of: ",", with: "").replacingOccurrences(of: " ", with: "")
        let thousands = cleaned.hasSuffix("k")
        guard let number = Double(thousands ? String(cleaned.dropLast()) : cleaned) else { return nil }
        let value = thousands ? number * 1000 : number
        // Found by fuzzing: "99999999999999999999k" overflowed Int and stopped the process. No salary is that big.
        guard value.isFinite, value >= 0, value < 1e12 else { return nil }
        return Int(value)
    }

    private static func normalise(_ currency: String) -> String {
        switch currency.lowercased() {
        case "$", "usd": "USD"
        case "€", "eur": "EUR"
        case "£", "gbp": "GBP"
        default: currency.uppercased()
        }
    }
}
