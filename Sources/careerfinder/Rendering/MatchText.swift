import CareerKit
import Foundation

/// A resume-to-posting match for people: the score and its parts, what is met and how, and what is missing.
struct MatchText {
    let match: ResumeMatch
    var width = 100

    func lines() -> [String] {
        var out = [
            String(format: "MATCH: %.0f / 100", match.score)
                + " (the sum of the lines below; required skills weigh 3, others 1; each skill counts once)"
        ]
        out += TextLayout.wrap(match.postingReading, width: width)
        for (title, asked) in [
            ("REQUIRED BY THE POSTING", ResumeMatch.Asked.required), ("NICE TO HAVE", .niceToHave),
            ("NAMED IN THE DUTIES", .mentioned),
        ] {
            let lines = match.lines.filter { $0.asked == asked }
            guard !lines.isEmpty else { continue }
            out += ["", title]
            for line in lines {
                let status =
                    line.met
                    ? line.evidence.prefix(2).map(\.explanation).joined(separator: "; ")
                        + (line.onlyInSkillsList ? " (only in your skills list: half the points)" : "")
                    : "missing"
                out += TextLayout.bullet(
                    TextLayout.pad(line.name, to: 30) + String(format: "%5.1f  ", line.points) + status, width: width,
                    marker: "  ")
            }
        }
        if !match.missing.isEmpty {
            out += ["", "MISSING, MOST IMPORTANT FIRST"]
            out += TextLayout.bullet(match.missing.map(\.name).joined(separator: ", "), width: width, marker: "  ")
        }
        return out
    }
}
