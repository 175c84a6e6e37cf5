import Foundation

/// Splits a job posting into what it requires, what it would like, and everything else, from headings such as
/// "Requirements" or "Nice to have", and within a line clause by clause: in "Strong Python; Go or Java a plus",
/// Python is required and Go and Java are nice to have.
struct PostingSections {
    enum Kind: String, Sendable, Codable {
        case required, niceToHave, other
    }

    /// The kind of every clause, by the clause's start offset.
    let lines: [(start: Int, kind: Kind)]

    /// Words in a clause that make what it names required wherever it stands.
    static let mustCues = ["must", "required", "requirement", "mandatory", "essential"]
    /// Words that mark a clause as asking for something outside any heading ("strong Python", "3+ years of").
    static let strongCues = [
        "strong", "proficien", "expert", "solid", "deep experience", "hands-on experience", "experience with",
        "experience in", "years of", "fluency", "fluent", "mastery", "you have", "you bring",
    ]

    static let niceCues = [
        "nice to have", "nice-to-have", "bonus", "preferred", "a plus", "pluses", "good to have", "desirable",
        "would be great", "extra credit", "ideally",
    ]
    static let requiredCues = [
        "requirement", "required", "qualification", "must have", "must-have", "what you'll need", "what you need",
        "what you bring", "you have", "you'll have", "who you are", "about you", "skills", "experience",
        "what we're looking for", "what we are looking for", "you should have",
    ]
    static let otherCues = [
        "responsibilit", "what you'll do", "what you will do", "the role", "about us", "about the", "benefits",
        "perks", "we offer", "why join", "the team", "day to day", "your impact", "compensation", "salary",
    ]

    init(text: String) {
        var lines: [(Int, Kind)] = []
        var section = Kind.other
        var offset = 0
        // Split on line-feed bytes so offsets stay byte offsets, and drop the carriage return browsers send with it.
        for bytes in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            let lowered = (line.hasSuffix("\r") ? line.dropLast() : line).lowercased()
            if let heading = Self.headingKind(lowered) {
                section = heading
                lines.append((offset, heading))
            } else {
                for (start, clause) in Self.clauses(of: lowered) {
                    lines.append((offset + start, Self.kind(of: clause, in: section)))
                }
            }
            offset += bytes.count + 1
        }
        self.lines = lines
    }

    /// A clause's kind: a nice-to-have cue wins within its clause, "must" or "required" anywhere, and "strong" or
    /// "experience with" make a clause outside any requirements heading a requirement.
    static func kind(of clause: Substring, in section: Kind) -> Kind {
        if niceCues.contains(where: clause.contains) { return .niceToHave }
        if mustCues.contains(where: clause.contains) { return .required }
        if section == .other, strongCues.contains(where: clause.contains) { return .required }
        return section
    }

    /// The clauses of a lower-cased line with their byte offsets: split at ";" and at a sentence's end (". ").
    static func clauses(of line: String) -> [(Int, Substring)] {
        var result: [(Int, Substring)] = []
        var start = line.startIndex
        var startOffset = 0
        var offset = 0
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            offset += character.utf8.count
            let endsSentence = character == "." && (next == line.endIndex || line[next] == " ")
            if character == ";" || endsSentence {
                result.append((startOffset, line[start..<next]))
                start = next
                startOffset = offset
            }
            index = next
        }
        if start < line.endIndex || result.isEmpty { result.append((startOffset, line[start...])) }
        return result
    }

    /// The kind of the clause holding a byte offset.
    func kind(at offset: Int) -> Kind {
        var low = 0, high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        return lines.isEmpty ? .other : lines[low].kind
    }

    /// A short line that names a section: nice-to-have cues first, since "preferred qualifications" is one.
    static func headingKind(_ line: String) -> Kind? {
        // A bullet ("- Strong Python; Go a plus") or a clause list is content, never a heading.
        let start = line.drop { $0 == " " }
        for bullet in ["- ", "* ", "• ", "+ ", "– "] where start.hasPrefix(bullet) { return nil }
        guard !line.contains(";"), !line.contains(",") else { return nil }
        let trimmed = line.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "#*:_-=")))
        guard !trimmed.isEmpty, trimmed.count <= 48, !trimmed.hasSuffix(".") else { return nil }
        let isHeadingShaped =
            line.hasSuffix(":") || line.hasPrefix("#") || line.hasPrefix("**")
            || trimmed.split(separator: " ").count <= 5
        guard isHeadingShaped else { return nil }
        if niceCues.contains(where: trimmed.contains) { return .niceToHave }
        if otherCues.contains(where: trimmed.contains) { return .other }
        if requiredCues.contains(where: trimmed.contains) { return .required }
        return nil
    }
}
