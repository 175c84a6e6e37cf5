import CareerKit
import Foundation
import Hummingbird

/// Paste a resume or a posting and read it against the roles; the text is kept only if "save" is ticked.
struct AnalyzePages {
    let service: CareerService

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("analyze") { _, _ in page(form: UploadedForm(fields: [:], files: [:]), text: "", analysis: "") }
        routes.post("analyze") { request, context in
            let form = try await UploadedForm.read(request, context: context)
            let kind: SavedAnalysis.Kind = form["kind"] == "job" ? .posting : .resume
            let input: DocumentInput =
                form.files["file"].map { .file(name: "The file \($0.filename)", data: $0.data) }
                ?? .text(form["text"] ?? "")
            let analysed: AnalysedDocument
            do {
                analysed = try await service.analyze(
                    input, as: kind, target: form["target"], save: form["save"] == "yes")
            } catch let error as any CareerErrorConvertible where error.careerError.fields.contains("text") {
                // The person keeps what they typed, with the reason above it.
                let failure = error.careerError
                var page = page(
                    form: form, text: form["text"] ?? "", analysis: notice(CareerError.sentence(failure.message)))
                page.status = failure.status
                return page
            }
            var saved = ""
            if let token = analysed.token {
                saved = "<p class=\"notice\" role=\"status\">Saved. Keep this reference to find it again: \(token)</p>"
            }
            let html: String
            switch analysed.analysis {
            case .resume(let analysis): html = Self.render(analysis, base: service.base)
            case .posting(let analysis): html = Self.render(analysis)
            }
            return page(form: form, text: analysed.text, analysis: saved + html)
        }
        return routes
    }

    private func notice(_ message: String) -> String {
        "<p class=\"notice\" role=\"alert\">\(escape(message))</p>"
    }

    private func page(form: UploadedForm, text: String, analysis: String) -> HTMLPage {
        let isJob = form["kind"] == "job"
        let targets = service.base.profiledRoles.map { role in
            let selected = form["target"] == role.id.rawValue ? " selected" : ""
            return "<option value=\"\(escape(role.id.rawValue))\"\(selected)>\(escape(role.title))</option>"
        }.joined()
        let body = """
            <p>Nothing you paste is stored unless you tick "save".</p>
            <form method="post" action="/analyze" enctype="multipart/form-data">
            <fieldset><legend>What is it?</legend>
            <input type="radio" id="kind-resume" name="kind" value="resume"\(isJob ? "" : " checked")><label for="kind-resume">My resume</label>
            <input type="radio" id="kind-job" name="kind" value="job"\(isJob ? " checked" : "")><label for="kind-job">A job posting</label>
            </fieldset>
            <label for="text">Text (plain text or Markdown)</label>
            <textarea id="text" name="text">\(escape(text))</textarea>
            <label for="file">Or upload a file (.txt, .md or .pdf, at most 1 MB)</label>
            <input type="file" id="file" name="file" accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf">
            <label for="target">Target role for a plan (resumes)</label>
            <select id="target" name="target"><option value="">None</option>\(targets)</select>
            <input type="checkbox" id="save" name="save" value="yes"><label for="save">Save the text and the analysis</label>
            <button type="submit">Analyze</button>
            </form>
            \(analysis)
            """
        return HTMLPage(title: "Analyze a resume or a job posting", body: body)
    }

    static func render(_ analysis: ResumeAnalysis, base: KnowledgeBase) -> String {
        var html =
            "<h2>Skills found (\(analysis.evidence.count))</h2><ul>"
            + analysis.evidence.map { shown in
                "<li>\(escape(shown.name)): \(escape(shown.evidence.prefix(2).map(\.explanation).joined(separator: "; ")))</li>"
            }.joined() + "</ul><p>Named in your text, described in your work, or implied by a tool you name: all three "
            + "count toward coverage.</p>"
        html +=
            "<h2>Coverage of each role's required skills</h2><ul>"
            + analysis.coverage.map { coverage in
                let percent = Int((coverage.requiredCoverage * 100).rounded())
                return
                    "<li>\(escape(coverage.title)): \(percent)% \(BarShape.pixels(percent * 3))</li>"
            }.joined() + "</ul>"
        if let plan = analysis.plan {
            html +=
                "<h2>Plan toward \(escape(plan.targetTitle))</h2><ol>"
                + plan.steps.map { step in
                    "<li>\(escape(step.name)) (\(step.required ? "required" : "nice to have"))"
                        + statementList(step.advice + (step.project.map { [$0] } ?? [])) + "</li>"
                }.joined() + "</ol>"
        }
        return html
    }

    static func render(_ analysis: PostingAnalysis) -> String {
        var html = ""
        if let best = analysis.roles.first {
            html += "<h2>This posting is most like: \(escape(best.title))</h2>"
        }
        html += "<p>\(escape(analysis.reading))</p>"
        html +=
            "<ul>"
            + analysis.roles.map { match in
                "<li>\(escape(match.title)): \(String(format: "%.0f", match.score))"
                    + (match.evidence.isEmpty ? "" : " (because of \(escape(match.evidence.joined(separator: ", "))))")
                    + "</li>"
            }.joined() + "</ul>"
        for (title, skills) in [
            ("Required", analysis.required), ("Nice to have", analysis.niceToHave),
            ("Also mentioned", analysis.mentioned),
        ]
        where !skills.isEmpty {
            html += "<h2>\(title)</h2><p>" + skills.map { escape($0.name) }.joined(separator: ", ") + "</p>"
        }
        html +=
            "<p>Seniority: \(escape(analysis.seniority.level?.rawValue ?? "not stated")) (\(escape(analysis.seniority.evidence)))</p>"
        html += "<p>Salary: \(escape(analysis.salary?.printed ?? "not stated"))</p>"
        return html
    }
}
