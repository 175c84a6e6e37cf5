import CareerKit
import Foundation
import Hummingbird

/// A saved result: the ranking with fit bars and explanations, a chart, gaps and next steps, a share link,
/// "was this right for you?" on each role (one changeable vote), and deletion by its owner after a confirmation.
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
            let rated = request.uri.queryParameters.get("rated").map { Role.ID($0) }
            return page(opened, host: request.head.authority ?? "127.0.0.1", rated: rated)
        }
        routes.post("results/:token/feedback") { request, context in
            let token = try context.parameters.require("token")
            let form = try await request.decode(as: FeedbackForm.self, context: context)
            guard ["good", "poor"].contains(form.fit) else {
                throw CareerError(.invalidInput, "say whether the role fits (good or poor)", fields: ["fit"])
            }
            let fit = try await service.recordFeedback(token: token, role: form.role, goodFit: form.fit == "good")
            // Back to the same role on the page, which now shows the vote.
            return Response(
                status: .seeOther,
                headers: [.location: "/results/\(token)?rated=\(fit.role.rawValue)#fit-\(fit.role.rawValue)"])
        }
        // Downloads to keep: Markdown to read or print, JSON (the API's own) for programs.
        routes.get("results/:token/result.md") { _, context in
            let opened = try await service.openResult(token: try context.parameters.require("token"))
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/markdown; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"ai-career-result.md\"",
                ],
                body: .init(byteBuffer: ByteBuffer(string: opened.result.markdown(in: service.base))))
        }
        routes.get("results/:token/result.json") { _, context in
            let opened = try await service.openResult(token: try context.parameters.require("token"))
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/json",
                    .contentDisposition: "attachment; filename=\"ai-career-result.json\"",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: opened.result.jsonBytes())))
        }
        // Deleting asks first, on a page of its own: no script needed, and a stray click loses nothing.
        routes.get("results/:token/delete") { _, context in
            let opened = try await service.openResult(token: try context.parameters.require("token"))
            return HTMLPage(
                title: "Delete this result?",
                body: templates.render(
                    "confirm-delete",
                    ConfirmDelete(
                        what: "your assessment result and the answers behind it",
                        action: "/results/\(opened.token)/delete",
                        back: "/results/\(opened.token)")))
        }
        routes.post("results/:token/delete") { _, context in
            try await service.deleteResult(token: try context.parameters.require("token"))
            return HTMLPage(
                title: "Result deleted",
                body:
                    "<p role=\"status\">Your result and its answers are gone; your votes remain only as anonymous counts. <a href=\"/assessment\">Take the assessment again</a>.</p>"
            )
        }
        return routes
    }

    /// What the confirmation template shows.
    struct ConfirmDelete {
        let what: String
        let action: String
        let back: String
    }

    /// What the result template shows.
    struct View {
        struct Fit {
            let rank: Int
            let id: String
            let title: String
            let score: String
            /// The score as a bar on the ranking's shared 0-100 axis (SVG from numbers only).
            let track: String
            let token: String
            /// The person's vote on this role, if any, as the page says it ("a good fit").
            let vote: String?
            let good: Bool
            let poor: Bool
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

        let thanks: String?
        let version: String
        let answered: Int
        let items: Int
        let uninformative: String?
        let closeCall: String?
        let ranked: Bool
        let ranking: [Fit]
        let profile: ProfileTable
        let hasLevers: Bool
        let levers: [Lever]
        let hasGaps: Bool
        let gaps: [Gap]
        let hasNextSteps: Bool
        let nextSteps: [StatementView]
        let token: String
        let link: String
    }

    private func page(_ opened: OpenedResult, host: String, rated: Role.ID?) -> HTMLPage {
        let result = opened.result, token = opened.token
        let ranking = result.ranking.map { fit in
            let vote = opened.votes[fit.role]
            return View.Fit(
                rank: fit.rank, id: fit.role.rawValue, title: fit.title, score: String(format: "%.1f", fit.score),
                track: BarShape.track(fit.score), token: token.rawValue,
                vote: vote.map { $0 ? "a good fit" : "a poor fit" }, good: vote == true, poor: vote == false,
                contributions: fit.contributions.filter { abs($0.points) >= 0.05 }.map {
                    View.Contribution(
                        points: String(format: "%+.1f", $0.points), question: $0.question, answer: $0.answer)
                })
        }
        let thanks = rated.flatMap { role in
            opened.votes[role].map {
                "Thank you: you rated \(service.base.roleTitle(role)) \($0 ? "a good fit" : "a poor fit")."
            }
        }
        let view = View(
            thanks: thanks, version: result.questionnaireVersion, answered: result.answeredCount,
            items: result.itemCount, uninformative: result.uninformative, closeCall: result.closeCall,
            ranked: !ranking.isEmpty, ranking: ranking,
            profile: ProfileTable(result: result),
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

/// The person's answers grouped by questionnaire section, as points toward each of the top three roles: a table,
/// so the figures read the same on a phone and to a screen reader.
struct ProfileTable {
    struct Row {
        let section: String
        let points: [String]
    }

    let roles: [String]
    let rows: [Row]

    static let sections = [
        ("interests", "Interests"), ("style", "Work style"), ("skills", "Skills"), ("goals", "Goals"),
    ]

    init(result: AssessmentResult) {
        let top = Array(result.ranking.prefix(3))
        roles = top.map(\.title)
        rows = Self.sections.map { key, name in
            Row(
                section: name,
                points: top.map { fit in
                    String(format: "%+.1f", fit.contributions.filter { $0.section == key }.reduce(0) { $0 + $1.points })
                })
        }
    }
}
