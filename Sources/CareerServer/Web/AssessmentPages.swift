import CareerKit
import Foundation
import Hummingbird

/// The assessment as a short sequence of pages, one per section; answers travel in the form, so the whole flow
/// works without JavaScript, back and forward keep every answer, and nothing is stored before the end.
struct AssessmentPages {
    let service: CareerService
    let metrics: ServerMetrics
    let templates: PageTemplates

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("assessment") { _, _ in
            let scorer = try service.requireScorer()
            return section(0, sheet: AnswerSheet.blank(for: scorer.questionnaire), scorer: scorer)
        }
        routes.post("assessment") { request, context -> Response in
            let scorer = try service.requireScorer()
            let form = try await request.decode(as: [String: String].self, context: context)
            let sheet = try answers(form, questionnaire: scorer.questionnaire)
            let step = Int(form["step"] ?? "0") ?? 0
            let last = scorer.questionnaire.sections.count - 1
            switch form["go"] {
            case "back":
                return try section(max(0, step - 1), sheet: sheet, scorer: scorer).response(
                    from: request, context: context)
            case "finish":
                let submission = try await service.submitAssessment(sheet, save: true)
                metrics.recordAssessmentCompleted()
                let token = submission.token.map(\.rawValue) ?? ""
                return Response(status: .seeOther, headers: [.location: "/results/\(token)"])
            default:
                return try section(min(last, step + 1), sheet: sheet, scorer: scorer).response(
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
        let progress: String
        let step: Int
        let hidden: [Hidden]
        let items: [Item]
        let back: Bool
        let last: Bool
    }

    private func section(_ step: Int, sheet: AnswerSheet, scorer: AssessmentScorer) -> HTMLPage {
        let questionnaire = scorer.questionnaire
        let section = questionnaire.sections[step]
        let total = questionnaire.sections.count
        var hidden: [View.Hidden] = []
        var items: [View.Item] = []
        for (index, item) in questionnaire.items.enumerated() {
            let current = Self.formValue(sheet.answers[index])
            guard item.section == section.id else {
                if let current { hidden.append(View.Hidden(name: item.id.rawValue, value: current)) }
                continue
            }
            let choices: [(String, String)] =
                item.scale.map { scale in (scale.min...scale.max).map { (String($0), "\($0) \(scale.anchor($0))") } }
                ?? item.options.map { ($0.id, $0.text) }
            items.append(
                View.Item(
                    text: item.text,
                    choices: (choices + [("skip", "Skip")]).enumerated().map { number, choice in
                        View.Choice(
                            id: "\(item.id.rawValue)-\(number)", name: item.id.rawValue, value: choice.0,
                            label: choice.1, checked: (current ?? "skip") == choice.0)
                    }))
        }
        let view = View(
            part: step + 1, parts: total, sectionTitle: section.title, intro: section.intro,
            progress: BarShape.progress(100 * step / total), step: step, hidden: hidden, items: items, back: step > 0,
            last: step == total - 1)
        return HTMLPage(title: "Assessment: \(section.title)", body: templates.render("assessment", view))
    }

    static func formValue(_ answer: Answer) -> String? {
        switch answer {
        case .skipped: nil
        case .value(let value): String(value)
        case .choice(let id): id
        }
    }
}
