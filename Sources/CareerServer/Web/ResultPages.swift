import CareerKit
import Foundation
import Hummingbird

/// A saved result: the ranking with fit bars and explanations, a chart, gaps and next steps, a share link,
/// "was this right for you?" on each role, and deletion by its owner.
struct ResultPages {
    let service: CareerService

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

    private func page(token: ResultToken, result: AssessmentResult, host: String, thanks: Bool) -> HTMLPage {
        var body = thanks ? "<p class=\"notice\" role=\"status\">Thank you: your answer was recorded.</p>" : ""
        body +=
            "<p>Questionnaire \(escape(result.questionnaireVersion)); \(result.answeredCount) of \(result.itemCount) items answered.</p>"
        if let reason = result.uninformative {
            body += "<p class=\"notice\" role=\"alert\">No ranking: \(escape(reason))</p>"
        }
        if let closeCall = result.closeCall { body += "<p class=\"notice\">Close call: \(escape(closeCall))</p>" }
        if !result.ranking.isEmpty {
            body +=
                "<h2>Your ranking</h2><ol>"
                + result.ranking.map { fit in
                    "<li><a href=\"/roles/\(escape(fit.role.rawValue))\">\(escape(fit.title))</a> \(String(format: "%.1f", fit.score)) "
                        + BarShape.pixels(Int(fit.score * 3))
                        + feedbackForm(token: token, role: fit.role) + "</li>"
                }.joined() + "</ol>"
            body += "<h2>Your profile against your top roles</h2>" + ProfileChart(result: result).svg
            body += "<h2>Why each role scored as it did</h2>" + result.ranking.map(explanation).joined()
        }
        if !result.levers.isEmpty {
            body +=
                "<h2>What would change the outcome</h2><ul>"
                + result.levers.map { lever in
                    "<li>\(escape(lever.question)): answering \(escape(lever.changedAnswer)) instead of \(escape(lever.currentAnswer)) "
                        + "would move the lead from \(String(format: "%.1f", lever.gapBefore)) to \(String(format: "%.1f", lever.gapAfter)) points.</li>"
                }.joined() + "</ul>"
        }
        if !result.skillGaps.isEmpty {
            body +=
                "<h2>Skill gaps for your top role</h2><ul>"
                + result.skillGaps.map { gap in
                    "<li>\(escape(gap.skill)) (\(gap.rating.map { "rated \($0)" } ?? "skipped"))"
                        + statementList(gap.advice) + "</li>"
                }.joined() + "</ul>"
        }
        if !result.nextSteps.isEmpty { body += "<h2>Next steps</h2>" + statementList(result.nextSteps, ordered: true) }
        let link = "http://\(host)/results/\(token)"
        body += """
            <h2>Keep or delete</h2>
            <p>Private link (anyone with it can see this result): <a href="/results/\(token)">\(escape(link))</a></p>
            <form method="post" action="/results/\(token)/delete"><button class="secondary" type="submit">Delete this result</button></form>
            """
        return HTMLPage(title: "Your AI career result", body: body)
    }

    private func feedbackForm(token: ResultToken, role: Role.ID) -> String {
        """
         <form class="inline" method="post" action="/results/\(token)/feedback"><input type="hidden" name="role" value="\(escape(role.rawValue))">\
        <span>Right for you?</span> <button type="submit" name="fit" value="good" aria-label="Good fit: \(escape(role.rawValue))">Good fit</button> \
        <button class="secondary" type="submit" name="fit" value="poor" aria-label="Poor fit: \(escape(role.rawValue))">Poor fit</button></form>
        """
    }

    private func explanation(_ fit: RoleFit) -> String {
        let lines = fit.contributions.filter { abs($0.points) >= 0.05 }.map { contribution in
            "<li>\(String(format: "%+.1f", contribution.points)): \(escape(contribution.question)) (you: \(escape(contribution.answer)))</li>"
        }.joined()
        return
            "<details><summary>\(escape(fit.title)): \(String(format: "%.1f", fit.score)) = 50 + the answers below</summary><ul>\(lines)</ul></details>"
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
