import Hummingbird

/// `/privacy`: what the site keeps, for how long (the retention period this server runs with), and how to delete it.
struct PrivacyPage {
    let retainDays: Int?
    let templates: PageTemplates

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("privacy") { _, _ in page() }
        return routes
    }

    func page() -> HTMLPage {
        struct View { let days: Int? }
        return HTMLPage(title: "Privacy", body: templates.render("privacy", View(days: retainDays)))
    }
}
