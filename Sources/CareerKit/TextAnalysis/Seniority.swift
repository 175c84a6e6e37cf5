import Foundation

/// How senior a posting is, from its title and the years of experience it asks for.
public struct Seniority: Hashable, Sendable, Codable {
    /// entry, mid or senior, as seed-000 defines them (0-3, 4-7, 8+ years); nil when the posting does not say.
    public let level: SalaryLevel?
    /// The title word that decided it (e.g. "senior"), if any.
    public let titleWord: String?
    /// The least years of experience asked for, if stated.
    public let minimumYears: Int?
    public let evidence: String

    static let titleWords: [(String, SalaryLevel)] = [
        ("intern", .entry), ("junior", .entry), ("jr", .entry), ("graduate", .entry), ("entry", .entry),
        ("associate", .entry), ("mid", .mid), ("intermediate", .mid), ("senior", .senior), ("sr", .senior),
        ("staff", .senior), ("principal", .senior), ("lead", .senior), ("head", .senior), ("director", .senior),
        ("vp", .senior),
    ]

    // Regex is not Sendable, so each reading builds its own; postings are short.
    static var years: Regex<AnyRegexOutput> {
        try! Regex(#"(?i)(?<min>\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*(?<max>\d{1,2})\s*)?\+?\s*(?:years|yrs)"#)
    }

    /// Reads seniority from a title (may be nil) and the posting's text.
    public init(title: String?, text: String) {
        let titleTokens = Set(
            (title ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let word = Self.titleWords.first { titleTokens.contains($0.0) }
        let minimum = text.matches(of: Self.years).compactMap { match in
            match.output["min"]?.substring.flatMap { Int($0) }
        }.filter { $0 <= 30 }.min()
        titleWord = word?.0
        minimumYears = minimum
        if let word {
            level = word.1
            evidence = "the title says \"\(word.0)\""
        } else if let minimum {
            level = minimum >= 8 ? .senior : minimum >= 4 ? .mid : .entry
            evidence = "asks for \(minimum)+ years (seed-000: entry 0-3, mid 4-7, senior 8+)"
        } else {
            level = nil
            evidence = "neither the title nor the text states a level"
        }
    }
}
