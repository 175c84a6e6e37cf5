import CareerKit
import Foundation
import Hummingbird

/// A resume against a posting: paste or upload both, and see each skill the posting asks for with the resume's
/// evidence or marked missing. Nothing is stored.
struct MatchPages {
    let service: CareerService
    let templates: PageTemplates

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("match") { _, _ in page(form: UploadedForm(fields: [:], files: [:])) }
        routes.post("match") { request, context in
            let form = try await UploadedForm.read(request, context: context)
            func input(_ name: String) -> DocumentInput {
                form.files["\(name)-file"].map { .file(name: "The file \($0.filename)", data: $0.data) }
                    ?? .text(form[name] ?? "")
            }
            do {
                let match = try await service.match(resume: input("resume"), posting: input("posting"))
                return page(form: form, result: match)
            } catch let error as any CareerErrorConvertible {
                // The page keeps both texts, with the reason above the results.
                let failure = error.careerError
                var failed = page(form: form, alert: CareerError.sentence(failure.message))
                failed.status = failure.status
                return failed
            }
        }
        return routes
    }

    /// What the match template shows.
    struct View {
        struct Result {
            let score: String
            let reading: String
            let groups: [Group]
            let missing: String?
        }

        struct Group {
            let title: String
            let lines: [Line]
        }

        struct Line {
            let name: String
            let points: String
            let met: Bool
            let evidence: String
            let onlyListed: Bool
        }

        let resume: String
        let posting: String
        let alert: String?
        let result: Result?
    }

    private func page(form: UploadedForm, result: ResumeMatch? = nil, alert: String? = nil) -> HTMLPage {
        let view = View(
            resume: form["resume"] ?? "", posting: form["posting"] ?? "", alert: alert,
            result: result.map(Self.view))
        return HTMLPage(title: "Match your resume to a job posting", body: templates.render("match", view))
    }

    static func view(_ match: ResumeMatch) -> View.Result {
        let groups = [
            ("Required by the posting", ResumeMatch.Asked.required), ("Nice to have", .niceToHave),
            ("Named in the duties", .mentioned),
        ].compactMap { title, asked -> View.Group? in
            let lines = match.lines.filter { $0.asked == asked }
            guard !lines.isEmpty else { return nil }
            return View.Group(
                title: title,
                lines: lines.map { line in
                    View.Line(
                        name: line.name, points: String(format: "%.1f", line.points), met: line.met,
                        evidence: line.evidence.prefix(2).map(\.explanation).joined(separator: "; "),
                        onlyListed: line.onlyInSkillsList)
                })
        }
        return View.Result(
            score: String(format: "%.0f", match.score), reading: match.postingReading, groups: groups,
            missing: match.missing.isEmpty ? nil : match.missing.map(\.name).joined(separator: ", "))
    }
}
