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

    /// Numbers postings write in words.
    static let numberWords = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15,
    ]

    // Regex is not Sendable, so each reading builds its own; postings are short.
    static var years: Regex<AnyRegexOutput> {
        let number = #"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"#
        return try! Regex(
            #"(?i)\b(?:(?<least>at least|a minimum of|minimum of|minimum|min\.?|over|more than)\s+)?(?<min>"#
                + number + #")\s*(?<plus>\+)?\s*(?:(?:-|–|to)\s*(?<max>"# + number
                + #")\s*\+?\s*)?(?:years?|yrs?)\b(?<tail>[^.;\n]{0,48})"#)
    }

    /// The least years a match asks for, when it is about experience rather than, say, a company's age.
    static func minimumYears(_ match: Regex<AnyRegexOutput>.Match) -> Int? {
        guard let text = match.output["min"]?.substring?.lowercased() else { return nil }
        guard let years = Int(text) ?? numberWords[text], years <= 30 else { return nil }
        let tail = match.output["tail"]?.substring?.lowercased() ?? ""
        let aboutExperience =
            match.output["least"]?.substring != nil || match.output["plus"]?.substring != nil
            || match.output["max"]?.substring != nil
            || tail.contains("experience") || tail.contains("exp") || tail.contains("professional")
            || tail.hasPrefix(" in ") || tail.hasPrefix(" of ") || tail.hasPrefix(" working")
        return aboutExperience ? years : nil
    }

    /// Reads seniority from a title (may be nil) and the posting's text.
    public init(title: String?, text: String) {
        let titleTokens = Set(
            (title ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        let word = Self.titleWords.first { titleTokens.contains($0.0) }
        let minimum = text.matches(of: Self.years).compactMap(Self.minimumYears).min()
        titleWord = word?.0
        minimumYears = minimum
        if let word {
            level = word.1
            evidence = "the title says \"\(word.0)\""
        } else if let minimum {
            // A posting states the least it will take, and the people it hires usually have more: so 3+ years is
            // past entry level and 7+ is senior (seed-000's bands: entry 0-3, mid 4-7, senior 8+ years).
            level = minimum >= 7 ? .senior : minimum >= 3 ? .mid : .entry
            let asked = minimum == 0 ? "asks for no minimum experience" : "asks for at least \(minimum) years"
            evidence = asked + " (the salary sources' bands: entry 0-3, mid 4-7, senior 8+ years)"
        } else {
            level = nil
            evidence = "neither the title nor the text states a level"
        }
    }
}
