import CareerKit
import Foundation
import Hummingbird

/// A resume against a posting: paste or upload both, and see each skill the posting asks for with the resume's
/// evidence or marked missing. Nothing is stored.
struct MatchPages {
    let service: CareerService

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("match") { _, _ in page(form: UploadedForm(fields: [:], files: [:]), content: "") }
        routes.post("match") { request, context in
            let form = try await UploadedForm.read(request, context: context)
            func input(_ name: String) -> DocumentInput {
                form.files["\(name)-file"].map { .file(name: "The file \($0.filename)", data: $0.data) }
                    ?? .text(form[name] ?? "")
            }
            do {
                let match = try await service.match(resume: input("resume"), posting: input("posting"))
                return page(form: form, content: Self.render(match))
            } catch let error as any CareerErrorConvertible {
                // The page keeps both texts, with the reason above the results.
                let failure = error.careerError
                var failed = page(
                    form: form,
                    content: "<p class=\"notice\" role=\"alert\">\(escape(CareerError.sentence(failure.message)))</p>")
                failed.status = failure.status
                return failed
            }
        }
        return routes
    }

    private func page(form: UploadedForm, content: String) -> HTMLPage {
        let body = """
            <p>Paste or upload your resume and a job posting. Nothing is stored.</p>
            <form method="post" action="/match" enctype="multipart/form-data">
            <label for="resume">Your resume</label>
            <textarea id="resume" name="resume">\(escape(form["resume"] ?? ""))</textarea>
            <label for="resume-file">Or upload it (.txt, .md or .pdf, at most 1 MB)</label>
            <input type="file" id="resume-file" name="resume-file" accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf">
            <label for="posting">The job posting</label>
            <textarea id="posting" name="posting">\(escape(form["posting"] ?? ""))</textarea>
            <label for="posting-file">Or upload it</label>
            <input type="file" id="posting-file" name="posting-file" accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf">
            <button type="submit">Match</button>
            </form>
            \(content)
            """
        return HTMLPage(title: "Match your resume to a job posting", body: body)
    }

    static func render(_ match: ResumeMatch) -> String {
        var html =
            "<h2>Match: \(String(format: "%.0f", match.score)) / 100</h2>"
            + "<p>The score is the sum of the lines below: required skills weigh 3, the others 1, each skill counts once, "
            + "and a skill shown only in a skills list earns half.</p><p>\(escape(match.postingReading))</p>"
        for (title, asked) in [
            ("Required by the posting", ResumeMatch.Asked.required), ("Nice to have", .niceToHave),
            ("Named in the duties", .mentioned),
        ] {
            let lines = match.lines.filter { $0.asked == asked }
            guard !lines.isEmpty else { continue }
            html +=
                "<h2>\(title)</h2><ul>"
                + lines.map { line in
                    let status =
                        line.met
                        ? escape(line.evidence.prefix(2).map(\.explanation).joined(separator: "; "))
                            + (line.onlyInSkillsList ? " <strong>(only in your skills list)</strong>" : "")
                        : "<strong>missing</strong>"
                    return "<li>\(escape(line.name)): \(String(format: "%.1f", line.points)) points, \(status)</li>"
                }.joined() + "</ul>"
        }
        if !match.missing.isEmpty {
            html +=
                "<h2>Missing, most important first</h2><p>"
                + escape(match.missing.map(\.name).joined(separator: ", ")) + "</p>"
        }
        return html
    }
}
