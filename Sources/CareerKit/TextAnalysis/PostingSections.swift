import Foundation

/// Splits a job posting into what it requires, what it would like, and everything else, from headings such as
/// "Requirements" or "Nice to have" and from remarks on a line such as "(a plus)".
struct PostingSections {
    enum Kind: String, Sendable, Codable {
        case required, niceToHave, other
    }

    /// The kind of every byte's line, by line start offset.
    let lines: [(start: Int, kind: Kind)]

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
                lines.append((offset, heading == .other ? .other : heading))
            } else if Self.niceCues.contains(where: lowered.contains) {
                lines.append((offset, .niceToHave))
            } else {
                lines.append((offset, section))
            }
            offset += bytes.count + 1
        }
        self.lines = lines
    }

    /// The kind of the line holding a byte offset.
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
