import CareerKit
import Foundation

/// An assessment result for people: the ranking with bars, why each role scored as it did, what would change
/// the outcome, and what to do next.
struct AssessmentText {
    let result: AssessmentResult
    let base: KnowledgeBase
    var width = 100

    func lines() -> [String] {
        var out = [
            "Assessment result (questionnaire \(result.questionnaireVersion); "
                + "\(result.answeredCount) of \(result.itemCount) items answered)"
        ]
        if !result.skippedItems.isEmpty {
            // Items by their text, as the person read them.
            let items = base.questionnaire(version: result.questionnaireVersion)?.items ?? []
            let skipped = result.skippedItems.map { id in
                items.first { $0.id == id }.map { "\"\($0.text)\"" } ?? "an item"
            }
            out += TextLayout.bullet(
                "Skipped, not counted (\(skipped.count)): " + skipped.joined(separator: "; "), width: width, marker: "")
        }
        if let reason = result.uninformative {
            return out + [""] + TextLayout.wrap("No ranking: " + reason, width: width)
                + ["Answer the items as they really apply to you and try again."]
        }
        out.append("")
        for fit in result.ranking {
            let bar = String(repeating: "█", count: Int((fit.score / 5).rounded()))
            out.append(
                String(format: "%2d. ", fit.rank) + TextLayout.pad(fit.title, to: 28)
                    + String(format: "%5.1f  ", fit.score)
                    + bar)
        }
        if let closeCall = result.closeCall { out += [""] + TextLayout.wrap("Close call: " + closeCall, width: width) }
        out += explanations()
        out += leverLines()
        out += gapLines()
        if !result.nextSteps.isEmpty, let top = result.ranking.first {
            out += ["", "NEXT STEPS toward \(top.title)"]
            for step in result.nextSteps {
                out += TextLayout.bullet(
                    base.namingSources(in: step.text) + " " + SourceTags.tag(step.sources, in: base), width: width,
                    marker: "  • ")
            }
        }
        return out
    }

    /// For every role: the three answers that raised it most and the two that lowered it most.
    private func explanations() -> [String] {
        var out = ["", "WHY EACH ROLE SCORED AS IT DID (every role starts at 50; --json lists every contribution)"]
        for fit in result.ranking {
            out.append("")
            out.append(String(format: "%@ %.1f = 50", fit.title, fit.score) + signedSum(fit))
            let raising = fit.contributions.filter { $0.points > 0.05 }.prefix(3)
            let lowering = fit.contributions.filter { $0.points < -0.05 }.prefix(2)
            for contribution in raising + lowering {
                let line = contribution.question + " — you: " + contribution.answer
                out += TextLayout.bullet(
                    line, width: width, marker: String(format: "    %+5.1f  ", contribution.points))
            }
        }
        return out
    }

    private func signedSum(_ fit: RoleFit) -> String {
        let up = fit.contributions.filter { $0.points > 0 }.reduce(0) { $0 + $1.points }
        let down = fit.contributions.filter { $0.points < 0 }.reduce(0) { $0 + $1.points }
        return String(format: " %+.1f from answers that raised it %+.1f from answers that lowered it", up, down)
    }

    private func leverLines() -> [String] {
        guard result.ranking.count >= 2, !result.levers.isEmpty else { return [] }
        let first = result.ranking[0].title, second = result.ranking[1].title
        var out = [
            "",
            "WHAT WOULD CHANGE THE OUTCOME (\(first) leads \(second) by "
                + String(format: "%.1f", result.levers[0].gapBefore) + " points)",
        ]
        for lever in result.levers {
            let effect =
                lever.gapAfter < 0
                ? String(format: "%@ would lead by %.1f", second, -lever.gapAfter)
                : String(format: "the lead would shrink to %.1f", lever.gapAfter)
            out += TextLayout.bullet(
                "\(lever.question) — answering \(lever.changedAnswer) instead of \(lever.currentAnswer): \(effect)",
                width: width, marker: "  • ")
        }
        return out
    }

    private func gapLines() -> [String] {
        guard !result.skillGaps.isEmpty, let top = result.ranking.first else { return [] }
        var out = ["", "SKILL GAPS for \(top.title) (rated 0-1 or skipped)"]
        for gap in result.skillGaps {
            let rating = gap.rating.map { "rated \($0)" } ?? "skipped"
            out += TextLayout.bullet("\(gap.skill) (\(rating))", width: width, marker: "  • ")
            for advice in gap.advice {
                out += TextLayout.bullet(
                    base.namingSources(in: advice.text) + " " + SourceTags.tag(advice.sources, in: base), width: width,
                    marker: "      - ")
            }
        }
        return out
    }
}
