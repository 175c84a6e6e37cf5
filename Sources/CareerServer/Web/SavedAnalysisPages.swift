import CareerKit
import Foundation
import Hummingbird

/// A saved resume or posting, opened by its private link and read again; its owner can delete it.
struct SavedAnalysisPages {
    let service: CareerService
    let templates: PageTemplates

    /// What the saved-analysis template shows.
    struct View {
        let saved: String
        let kindName: String
        let text: String
        let deletePath: String
        let resume: AnalysisView.Resume?
        let posting: AnalysisView.Posting?
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("analyses/:token") { _, context in
            let opened = try await service.openAnalysis(token: try context.parameters.require("token"))
            let analysis = AnalysisView(opened.analysis, in: service.base)
            let kindName = opened.kind == .resume ? "resume" : "posting"
            let view = View(
                saved: opened.createdAt.map(Self.day) ?? "", kindName: kindName, text: opened.text,
                deletePath: "/analyses/\(opened.token.map(\.rawValue) ?? "")/delete", resume: analysis.resume,
                posting: analysis.posting)
            return HTMLPage(title: "Your saved \(kindName)", body: templates.render("saved-analysis", view))
        }
        // Deleting asks first, on a page of its own, as for results.
        routes.get("analyses/:token/delete") { _, context in
            let opened = try await service.openAnalysis(token: try context.parameters.require("token"))
            let token = opened.token.map(\.rawValue) ?? ""
            return HTMLPage(
                title: "Delete this \(opened.kind == .resume ? "resume" : "posting")?",
                body: templates.render(
                    "confirm-delete",
                    ResultPages.ConfirmDelete(
                        what: "the text you saved and its analysis", action: "/analyses/\(token)/delete",
                        back: "/analyses/\(token)")))
        }
        routes.post("analyses/:token/delete") { _, context in
            try await service.deleteAnalysis(token: try context.parameters.require("token"))
            return HTMLPage(
                title: "Deleted",
                body: "<p>The text and its analysis are gone. <a href=\"/analyze\">Analyze another</a>.</p>")
        }
        return routes
    }

    /// A date as people read it, in UTC: "on 29 November 2026".
    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMMM yyyy"
        return "on " + formatter.string(from: date)
    }
}
