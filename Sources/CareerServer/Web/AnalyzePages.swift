import CareerKit
import Foundation
import Hummingbird

/// Paste a resume or a posting and read it against the roles; the text is kept only if "save" is ticked.
struct AnalyzePages {
    let service: CareerService
    let templates: PageTemplates

    /// What the analyze template shows.
    struct View {
        struct Saved {
            let path: String
        }

        let isJob: Bool
        let text: String
        let targets: [OptionView]
        let alert: String?
        /// Something the person should know about what was read, such as which of two inputs.
        let notice: String?
        let saved: Saved?
        let resume: AnalysisView.Resume?
        let posting: AnalysisView.Posting?
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("analyze") { _, _ in page(form: UploadedForm(fields: [:], files: [:]), text: "") }
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
                var page = page(form: form, text: form["text"] ?? "", alert: CareerError.sentence(failure.message))
                page.status = failure.status
                return page
            }
            // Given both, the file is read; say so, since the pasted text is not what was analysed.
            let pasted = !(form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            let notice = form.files["file"].flatMap { file in
                pasted
                    ? "You gave both a file and pasted text; this reads the file (\(file.filename)), shown below, "
                        + "and not the text you pasted." : nil
            }
            return page(form: form, text: analysed.text, notice: notice, analysed: analysed)
        }
        return routes
    }

    private func page(
        form: UploadedForm, text: String, alert: String? = nil, notice: String? = nil,
        analysed: AnalysedDocument? = nil
    ) -> HTMLPage {
        let analysis = AnalysisView(analysed?.analysis, in: service.base)
        let view = View(
            isJob: form["kind"] == "job", text: text,
            targets: service.base.profiledRoles.map { role in
                OptionView(id: role.id.rawValue, title: role.title, selected: form["target"] == role.id.rawValue)
            },
            alert: alert, notice: notice, saved: analysed?.token.map { View.Saved(path: "/analyses/\($0)") },
            resume: analysis.resume, posting: analysis.posting)
        return HTMLPage(title: "Analyze a resume or a job posting", body: templates.render("analyze", view))
    }
}
