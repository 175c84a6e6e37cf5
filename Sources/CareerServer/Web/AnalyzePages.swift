import CareerKit
import Foundation
import Hummingbird

/// Paste a resume or a posting and read it against the roles; the text is kept only if "save" is ticked.
struct AnalyzePages {
    let dependencies: AppDependencies

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("analyze") { _, _ in page(form: FormData(""), text: "", analysis: "") }
        routes.post("analyze") { request, _ in
            var request = request
            let form = try await FormData.read(&request)
            let text: String
            do throws(DocumentError) {
                text = try await Self.text(of: form)
            } catch {
                var page = page(form: form, text: form["text"] ?? "", analysis: notice(error.message))
                page.status = .unprocessableContent
                return page
            }
            let base = dependencies.base
            let html: String
            let json: Data
            if form["kind"] == "job" {
                let analysis = PostingAnalysis(text: text, base: base, extractor: dependencies.extractor)
                html = Self.render(analysis)
                json = try JSONEncoder().encode(analysis)
            } else {
                let target = try form["target"].flatMap { $0.isEmpty ? nil : $0 }.map { name throws(UnknownRoleError) in
                    try base.role(named: name).id
                }
                let analysis = ResumeAnalysis(text: text, base: base, extractor: dependencies.extractor, target: target)
                html = Self.render(analysis, base: base)
                json = try JSONEncoder().encode(analysis)
            }
            var saved = ""
            if form["save"] == "yes" {
                let token = dependencies.makeToken()
                try await dependencies.store.save(
                    SavedAnalysis(
                        token: token, kind: form["kind"] == "job" ? .posting : .resume, text: text, analysisJSON: json,
                        createdAt: dependencies.now()))
                saved = "<p class=\"notice\" role=\"status\">Saved. Keep this reference to find it again: \(token)</p>"
            }
            return page(form: form, text: text, analysis: saved + html)
        }
        return routes
    }

    /// The uploaded file's text when there is one, else the pasted text.
    private static func text(of form: FormData) async throws(DocumentError) -> String {
        if let upload = form.uploads["file"] {
            // pdftotext runs as a child process; wait for it away from the server's cooperative threads.
            let result = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(
                        returning: Result { () throws(DocumentError) in
                            try DocumentText.decode(upload.data, name: "The file \(upload.filename)")
                        })
                }
            }
            return try result.get()
        }
        let text = form["text"] ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DocumentError("Paste some text or choose a file first.")
        }
        return text
    }

    private func notice(_ message: String) -> String {
        "<p class=\"notice\" role=\"alert\">\(escape(message))</p>"
    }

    private func page(form: FormData, text: String, analysis: String) -> HTMLPage {
        let isJob = form["kind"] == "job"
        let targets = dependencies.base.profiledRoles.map { role in
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
            "<h2>Skills found (\(analysis.skills.count))</h2><p>"
            + analysis.skills.map { escape($0.name) }.joined(separator: ", ") + "</p>"
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
