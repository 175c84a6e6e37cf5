import Foundation

extension AssessmentResult {
    /// The result as Markdown, to keep or print: the ranking with scores, why the top role scored as it did, the
    /// skill gaps and next steps, with the sources they cite numbered at the end.
    public func markdown(in base: KnowledgeBase) -> String {
        var citations = SourceCitations()
        func cite(_ sources: [Source.ID]) -> String { citations.cite(sources) }
        var lines = ["# Your AI career result", ""]
        lines.append("Questionnaire \(questionnaireVersion); \(answeredCount) of \(itemCount) items answered.")
        if let uninformative { return (lines + ["", "No ranking: \(uninformative)"]).joined(separator: "\n") + "\n" }
        if let closeCall { lines += ["", "Close call: \(closeCall)"] }
        lines += ["", "## Ranking", "", "Fit scores from 0 to 100; 50 means the answers lean neither way.", ""]
        for fit in ranking { lines.append("\(fit.rank). \(fit.title): \(String(format: "%.1f", fit.score))") }
        if let top = ranking.first {
            lines += ["", "## Why \(top.title) scored \(String(format: "%.1f", top.score))", ""]
            for part in top.contributions where abs(part.points) >= 0.05 {
                lines.append("- \(String(format: "%+.1f", part.points)): \(part.question) (you: \(part.answer))")
            }
        }
        if !skillGaps.isEmpty {
            lines += ["", "## Skill gaps for your top role", ""]
            for gap in skillGaps {
                lines.append("- \(gap.skill) (\(gap.rating.map { "rated \($0)" } ?? "skipped"))")
                for advice in gap.advice {
                    lines.append("  - \(base.namingSources(in: advice.text)) \(cite(advice.sources))")
                }
            }
        }
        if !nextSteps.isEmpty {
            lines += ["", "## Next steps", ""]
            for (index, step) in nextSteps.enumerated() {
                lines.append("\(index + 1). \(base.namingSources(in: step.text)) \(cite(step.sources))")
            }
        }
        let sources = citations.section(in: base)
        if !sources.isEmpty { lines += [""] + sources }
        return lines.joined(separator: "\n") + "\n"
    }
}
