import CareerKit
import Foundation
import Hummingbird

/// A saved result: the ranking with fit bars and explanations, a chart, gaps and next steps, a share link,
/// "was this right for you?" on each role, and deletion by its owner.
struct ResultPages {
    let service: CareerService
    let templates: PageTemplates

    /// "Was this right for you?" as the page's form sends it.
    struct FeedbackForm: Decodable {
        let role: String
        let fit: String
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("results/:token") { request, context in
            let opened = try await service.openResult(token: try context.parameters.require("token"))
            let thanks = request.uri.queryParameters.get("thanks") != nil
            return page(
                token: opened.token, result: opened.result, host: request.head.authority ?? "127.0.0.1", thanks: thanks)
        }
        routes.post("results/:token/feedback") { request, context in
            let token = try context.parameters.require("token")
            let form = try await request.decode(as: FeedbackForm.self, context: context)
            guard ["good", "poor"].contains(form.fit) else {
                throw CareerError(.invalidInput, "say whether the role fits (good or poor)", fields: ["fit"])
            }
            _ = try await service.recordFeedback(token: token, role: form.role, goodFit: form.fit == "good")
            return Response(status: .seeOther, headers: [.location: "/results/\(token)?thanks=1"])
        }
        routes.post("results/:token/delete") { _, context in
            try await service.deleteResult(token: try context.parameters.require("token"))
            return HTMLPage(
                title: "Result deleted",
                body:
                    "<p>Your result and its answers are gone. <a href=\"/assessment\">Take the assessment again</a>.</p>"
            )
        }
        return routes
    }

    /// What the result template shows.
    struct View {
        struct Fit {
            let id: String
            let title: String
            let score: String
            let bar: String
            let token: String
            let contributions: [Contribution]
        }

        struct Contribution {
            let points: String
            let question: String
            let answer: String
        }

        struct Lever {
            let question: String
            let changed: String
            let current: String
            let before: String
            let after: String
        }

        struct Gap {
            let skill: String
            let rating: String
            let statements: [StatementView]
        }

        let thanks: Bool
        let version: String
        let answered: Int
        let items: Int
        let uninformative: String?
        let closeCall: String?
        let ranked: Bool
        let ranking: [Fit]
        let chart: String
        let hasLevers: Bool
        let levers: [Lever]
        let hasGaps: Bool
        let gaps: [Gap]
        let hasNextSteps: Bool
        let nextSteps: [StatementView]
        let token: String
        let link: String
    }

    private func page(token: ResultToken, result: AssessmentResult, host: String, thanks: Bool) -> HTMLPage {
        let ranking = result.ranking.map { fit in
            View.Fit(
                id: fit.role.rawValue, title: fit.title, score: String(format: "%.1f", fit.score),
                bar: BarShape.pixels(Int(fit.score * 3)), token: token.rawValue,
                contributions: fit.contributions.filter { abs($0.points) >= 0.05 }.map {
                    View.Contribution(
                        points: String(format: "%+.1f", $0.points), question: $0.question, answer: $0.answer)
                })
        }
        let view = View(
            thanks: thanks, version: result.questionnaireVersion, answered: result.answeredCount,
            items: result.itemCount, uninformative: result.uninformative, closeCall: result.closeCall,
            ranked: !ranking.isEmpty, ranking: ranking,
            chart: ranking.isEmpty ? "" : ProfileChart(result: result).svg,
            hasLevers: !result.levers.isEmpty,
            levers: result.levers.map { lever in
                View.Lever(
                    question: lever.question, changed: lever.changedAnswer, current: lever.currentAnswer,
                    before: String(format: "%.1f", lever.gapBefore), after: String(format: "%.1f", lever.gapAfter))
            },
            hasGaps: !result.skillGaps.isEmpty,
            gaps: result.skillGaps.map { gap in
                View.Gap(
                    skill: gap.skill, rating: gap.rating.map { "rated \($0)" } ?? "skipped",
                    statements: gap.advice.map { StatementView($0, in: service.base) })
            },
            hasNextSteps: !result.nextSteps.isEmpty,
            nextSteps: result.nextSteps.map { StatementView($0, in: service.base) },
            token: token.rawValue, link: "http://\(host)/results/\(token)")
        return HTMLPage(title: "Your AI career result", body: templates.render("result", view))
    }
}

/// The person's answers grouped by questionnaire section, as points toward each of the top three roles.
struct ProfileChart {
    let result: AssessmentResult
    static let sections = [
        ("interests", "Interests"), ("style", "Work style"), ("skills", "Skills"), ("goals", "Goals"),
    ]
    static let colors = ["#1f5f8b", "#b35c00", "#2e7d32"]

    var svg: String {
        let top = Array(result.ranking.prefix(3))
        var parts: [String] = []
        for (row, (key, name)) in Self.sections.enumerated() {
            let y = Double(row) * 70 + 10
            parts.append("<text x=\"0\" y=\"\(y + 30)\" font-size=\"13\">\(name)</text>")
            for (index, fit) in top.enumerated() {
                let points = fit.contributions.filter { $0.section == key }.reduce(0) { $0 + $1.points }
                let width = abs(points) * 8
                let x = points >= 0 ? 300 : 300 - width
                let barY = y + Double(index) * 18
                let label = String(format: "%+.1f", points)
                parts.append(
                    "<rect x=\"\(x)\" y=\"\(barY)\" width=\"\(max(1, width))\" height=\"14\" fill=\"\(Self.colors[index])\">"
                        + "<title>\(escape(fit.title)): \(label)</title></rect>")
                let anchor = points >= 0 ? "start" : "end"
                parts.append(
                    "<text x=\"\(points >= 0 ? x + width + 4 : x - 4)\" y=\"\(barY + 12)\" font-size=\"11\" text-anchor=\"\(anchor)\">\(label)</text>"
                )
            }
        }
        let legend = top.enumerated().map { index, fit in
            "<rect x=\"\(10 + index * 200)\" y=\"292\" width=\"12\" height=\"12\" fill=\"\(Self.colors[index])\"></rect>"
                + "<text x=\"\(26 + index * 200)\" y=\"303\" font-size=\"12\">\(escape(fit.title))</text>"
        }.joined()
        return
            "<svg role=\"img\" aria-label=\"Points from each part of the questionnaire toward your top three roles\" "
            + "viewBox=\"0 0 640 310\" width=\"100%\"><line x1=\"300\" y1=\"0\" x2=\"300\" y2=\"285\" stroke=\"#4a4a4a\"></line>"
            + parts.joined() + legend + "</svg>"
    }
}
