import CareerKit
import Foundation
import Hummingbird

/// The assessment as a short sequence of pages, one per section; answers travel in the form, so the whole flow
/// works without JavaScript, back and forward keep every answer, and nothing is stored before the end.
struct AssessmentPages {
    let service: CareerService
    let metrics: ServerMetrics

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

    private func section(_ step: Int, sheet: AnswerSheet, scorer: AssessmentScorer) -> HTMLPage {
        let questionnaire = scorer.questionnaire
        let section = questionnaire.sections[step]
        let total = questionnaire.sections.count
        var fields = ""
        var hidden = ""
        for (index, item) in questionnaire.items.enumerated() {
            let current = sheet.answers[index]
            guard item.section == section.id else {
                if let value = Self.formValue(current) {
                    hidden += "<input type=\"hidden\" name=\"\(escape(item.id.rawValue))\" value=\"\(escape(value))\">"
                }
                continue
            }
            let choices: [(String, String)] =
                item.scale.map { scale in (scale.min...scale.max).map { (String($0), "\($0) \(scale.anchor($0))") } }
                ?? item.options.map { ($0.id, $0.text) }
            let radios = (choices + [("skip", "Skip")]).enumerated().map { number, choice in
                let id = "\(item.id.rawValue)-\(number)"
                let checked = (Self.formValue(current) ?? "skip") == choice.0 ? " checked" : ""
                return
                    "<input type=\"radio\" id=\"\(escape(id))\" name=\"\(escape(item.id.rawValue))\" value=\"\(escape(choice.0))\"\(checked)><label for=\"\(escape(id))\">\(escape(choice.1))</label> "
            }.joined()
            fields += "<fieldset><legend>\(escape(item.text))</legend>\(radios)</fieldset>"
        }
        let percent = 100 * step / total
        let back =
            step > 0 ? "<button class=\"secondary\" type=\"submit\" name=\"go\" value=\"back\">Back</button> " : ""
        let forward =
            step == total - 1
            ? "<button type=\"submit\" name=\"go\" value=\"finish\">See my result</button>"
            : "<button type=\"submit\" name=\"go\" value=\"next\">Next</button>"
        let body = """
            <p>Part \(step + 1) of \(total): \(escape(section.title)). \(escape(section.intro))</p>
            \(BarShape.progress(percent))
            <form method="post" action="/assessment">
            <input type="hidden" name="step" value="\(step)">\(hidden)
            \(fields)
            \(back)\(forward)
            </form>
            """
        return HTMLPage(title: "Assessment: \(section.title)", body: body)
    }

    static func formValue(_ answer: Answer) -> String? {
        switch answer {
        case .skipped: nil
        case .value(let value): String(value)
        case .choice(let id): id
        }
    }
}
