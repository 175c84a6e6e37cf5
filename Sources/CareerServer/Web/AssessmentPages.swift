import CareerKit
import Foundation
import Hummingbird

/// The assessment as a short sequence of pages, a section each, split so no page holds more than twelve items;
/// answers travel in the form, so the whole flow works without JavaScript, back and forward keep every answer,
/// and nothing is stored before the end.
struct AssessmentPages {
    let service: CareerService
    let metrics: ServerMetrics
    let templates: PageTemplates

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("assessment") { _, _ in
            let scorer = try service.requireScorer()
            return page(0, sheet: AnswerSheet.blank(for: scorer.questionnaire), scorer: scorer)
        }
        routes.post("assessment") { request, context -> Response in
            let scorer = try service.requireScorer()
            let form = try await request.decode(as: [String: String].self, context: context)
            let sheet = try answers(form, questionnaire: scorer.questionnaire)
            let last = Self.pages(of: scorer.questionnaire).count - 1
            let step = min(last, max(0, Int(form["step"] ?? "0") ?? 0))
            switch form["go"] {
            case "back":
                return try page(max(0, step - 1), sheet: sheet, scorer: scorer).response(
                    from: request, context: context)
            case "finish":
                // Too few answers to rank: stay on the page, keep every answer, and say what is needed.
                let answered = sheet.answers.count { $0 != .skipped }
                let needed = (sheet.answers.count + 1) / 2
                if answered < needed {
                    let alert =
                        "You have answered \(answered) of \(sheet.answers.count) items; at least \(needed) are needed to rank "
                        + "the roles. Go back and answer \(needed - answered) more, then finish."
                    return try page(step, sheet: sheet, scorer: scorer, alert: alert, status: .unprocessableContent)
                        .response(from: request, context: context)
                }
                let submission = try await service.submitAssessment(sheet, save: true)
                metrics.recordAssessmentCompleted()
                let token = submission.token.map(\.rawValue) ?? ""
                return Response(status: .seeOther, headers: [.location: "/results/\(token)"])
            default:
                return try page(min(last, step + 1), sheet: sheet, scorer: scorer).response(
                    from: request, context: context)
            }
        }
        return routes
    }

    /// Every item's answer from the form; a value that no item takes is refused, never guessed.
    private func answers(_ form: [String: String], questionnaire: Questionnaire) throws -> AnswerSheet {
        var sheet = AnswerSheet.blank(for: questionnaire)
        var problems: [String] = []
        for (index, item) in questionnaire.items.enumerated() {
            guard let value = form[item.id.rawValue], !value.isEmpty, value != "skip" else { continue }
            if let scale = item.scale, let number = Int(value), (scale.min...scale.max).contains(number) {
                sheet.answers[index] = .value(number)
            } else if item.isChoice, item.options.contains(where: { $0.id == value }) {
                sheet.answers[index] = .choice(value)
            } else {
                problems.append(item.id.rawValue)
            }
        }
        guard problems.isEmpty else {
            throw CareerError(
                .invalidInput, "these answers are not allowed: \(problems.joined(separator: ", "))", fields: problems)
        }
        return sheet
    }

    /// What the assessment template shows: one section's items, the others' answers carried in hidden fields.
    struct View {
        struct Hidden {
            let name: String
            let value: String
        }

        struct Item {
            let text: String
            let choices: [Choice]
        }

        struct Choice {
            let id: String
            let name: String
            let value: String
            let label: String
            let checked: Bool
        }

        let part: Int
        let parts: Int
        let sectionTitle: String
        let intro: String
        let alert: String?
        let progress: String
        let step: Int
        let hidden: [Hidden]
        let items: [Item]
        let back: Bool
        let last: Bool
    }

    /// One page of the assessment: a section, or part of one, and which items it holds.
    struct Page {
        let section: Questionnaire.Section
        /// "Work you would enjoy", then "Work you would enjoy (continued)".
        let title: String
        let items: [Int]
    }

    /// The most items one page shows; a longer section is split into near-equal pages.
    static let itemsPerPage = 12

    /// The questionnaire's pages, in order.
    static func pages(of questionnaire: Questionnaire) -> [Page] {
        questionnaire.sections.flatMap { section -> [Page] in
            let items = questionnaire.items.indices.filter { questionnaire.items[$0].section == section.id }
            let count = max(1, (items.count + itemsPerPage - 1) / itemsPerPage)
            let size = (items.count + count - 1) / count
            return stride(from: 0, to: max(items.count, 1), by: max(size, 1)).enumerated().map { number, start in
                Page(
                    section: section, title: number == 0 ? section.title : "\(section.title) (continued)",
                    items: Array(items[start..<min(items.count, start + size)]))
            }
        }
    }

    private func page(
        _ step: Int, sheet: AnswerSheet, scorer: AssessmentScorer, alert: String? = nil,
        status: HTTPResponse.Status = .ok
    ) -> HTMLPage {
        let questionnaire = scorer.questionnaire
        let pages = Self.pages(of: questionnaire)
        let shown = pages[step]
        var hidden: [View.Hidden] = []
        var items: [View.Item] = []
        for (index, item) in questionnaire.items.enumerated() {
            let current = Self.formValue(sheet.answers[index])
            guard shown.items.contains(index) else {
                if let current { hidden.append(View.Hidden(name: item.id.rawValue, value: current)) }
                continue
            }
            let choices: [(String, String)] =
                item.scale.map { scale in (scale.min...scale.max).map { (String($0), "\($0) \(scale.anchor($0))") } }
                ?? item.options.map { ($0.id, $0.text) }
            // Nothing is chosen until the person chooses; "Skip" is there to take an answer back.
            items.append(
                View.Item(
                    text: item.text,
                    choices: (choices + [("skip", "Skip")]).enumerated().map { number, choice in
                        View.Choice(
                            id: "\(item.id.rawValue)-\(number)", name: item.id.rawValue, value: choice.0,
                            label: choice.1, checked: current == choice.0)
                    }))
        }
        let view = View(
            part: step + 1, parts: pages.count, sectionTitle: shown.title, intro: shown.section.intro, alert: alert,
            progress: BarShape.progress(100 * step / pages.count), step: step, hidden: hidden, items: items,
            back: step > 0, last: step == pages.count - 1)
        return HTMLPage(
            title: "Assessment: \(shown.title)", body: templates.render("assessment", view), status: status)
    }

    static func formValue(_ answer: Answer) -> String? {
        switch answer {
        case .skipped: nil
        case .value(let value): String(value)
        case .choice(let id): id
        }
    }
}
