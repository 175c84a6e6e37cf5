import CareerKit
import Foundation
import Hummingbird

/// The reading pages: home, roles, one role, compare, salaries with a chart, and sources.
struct CatalogPages {
    let base: KnowledgeBase
    let places: PlaceMatcher
    let cache: RenderCache
    let templates: PageTemplates

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/") { request, _ in try cache.response(for: request) { home() } }
        let stylesheet = StaticFile.bundled("style", "css", contentType: "text/css; charset=utf-8")
        routes.get("style.css") { request, _ in stylesheet.response(to: request) }
        let icon = StaticFile.bundled("favicon", "svg", contentType: "image/svg+xml")
        routes.get("favicon.svg") { request, _ in icon.response(to: request) }
        // Browsers ask for /favicon.ico whatever the page says; point them at the icon.
        routes.get("favicon.ico") { _, _ in Response(status: .movedPermanently, headers: [.location: "/favicon.svg"]) }
        routes.get("roles") { request, _ in try cache.response(for: request) { roles() } }
        routes.get("roles/:id") { request, context in
            try cache.response(for: request) { try role(try base.role(named: try context.parameters.require("id"))) }
        }
        routes.get("compare") { request, _ in
            try cache.response(for: request, reading: ["roles"]) {
                try compare(request.uri.queryParameters.getAll("roles"))
            }
        }
        routes.get("salaries") { request, context in
            let query = try GetForm.decode(SalaryQuery.self, from: request)
            let role = try query.role.flatMap { $0.isEmpty ? nil : $0 }.map { name throws(UnknownRoleError) in
                try base.role(named: name)
            }
            let area = query.area.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let role else { return try cache.response(for: request, reading: ["role"]) { salaries(nil) } }
            // Without a place, the official figures are the national ones.
            guard !area.isEmpty else {
                return try cache.response(for: request, reading: ["role", "area"]) {
                    salaries(role, in: base.wages.national)
                }
            }
            let place: WageArea
            do throws(PlaceError) {
                place = try places.area(for: area)
            } catch {
                // Not cached: what people mistype is unbounded.
                return try salaries(role, typed: area, problem: error).response(from: request, context: context)
            }
            return try cache.response(for: request, reading: ["role", "area"]) {
                salaries(role, in: place, typed: area)
            }
        }
        routes.get("sources") { request, _ in try cache.response(for: request) { sources() } }
        return routes
    }

    /// What the salaries page's form sends.
    struct SalaryQuery: Decodable {
        let role: String?
        let area: String?
    }

    func home() -> HTMLPage {
        struct View { let questions: Int }
        return HTMLPage(
            title: "Find the AI career that fits you",
            body: templates.render("home", View(questions: base.questionnaire?.items.count ?? 0)))
    }

    func roles() -> HTMLPage {
        struct Listed {
            let id: String
            let title: String
            let focus: String
        }
        struct View {
            let profiled: [Listed]
            let positions: [String]
        }
        let view = View(
            profiled: base.profiledRoles.map {
                Listed(id: $0.id.rawValue, title: $0.title, focus: $0.profile?.focus.text ?? "")
            },
            positions: base.roles.filter { !$0.isProfiled }.map(\.title))
        return HTMLPage(title: "AI roles", body: templates.render("roles", view))
    }

    /// A titled list of statements, for the `section` template.
    struct Section {
        let title: String
        let ordered: Bool
        let statements: [StatementView]

        init(_ title: String, _ statements: [Statement], ordered: Bool = false, in base: KnowledgeBase) {
            self.title = title
            self.ordered = ordered
            self.statements = statements.map { StatementView($0, in: base) }
        }
    }

    /// What the role template shows.
    struct RoleView {
        struct Position {
            let sources: [StatementView.SourceLink]
        }

        struct Profile {
            struct Tools {
                let category: String
                let items: [Tool]
            }

            struct Tool {
                let name: String
                let comma: Bool
                let sources: [StatementView.SourceLink]
            }

            let id: String
            let summary: StatementView
            let opening: [Section]
            let tools: [Tools]
            let flow: StatementView
            let example: StatementView
            let middle: [Section]
            let salaryChart: RangeChart
            let closing: [Section]
        }

        let position: Position?
        let profile: Profile?
        let hasLadders: Bool
        let ladders: [StatementView]
    }

    func role(_ role: Role) throws -> HTMLPage {
        let ladders = base.ladders(for: role.id).map { ladder in
            StatementView(
                text: ladder.steps.map { $0.map { base.roleTitle($0) }.joined(separator: " or ") }
                    .joined(separator: " → "),
                sources: [ladder.source], in: base)
        }
        guard let profile = role.profile else {
            let view = RoleView(
                position: RoleView.Position(sources: StatementView.SourceLink.list(role.sources, in: base)),
                profile: nil, hasLadders: !ladders.isEmpty, ladders: ladders)
            return HTMLPage(title: role.title, body: templates.render("role", view))
        }
        let tools = profile.tools.map { group in
            RoleView.Profile.Tools(
                category: group.category.title,
                items: group.items.enumerated().map { index, item in
                    RoleView.Profile.Tool(
                        name: base.skillName(item.skill), comma: index > 0,
                        sources: StatementView.SourceLink.list(item.sources, in: base))
                })
        }
        var closing = [
            Section("How to start", profile.howToStart, ordered: true, in: base),
            Section("Choose this if you enjoy", profile.chooseIf, in: base),
        ]
        if !profile.outlook.isEmpty { closing.append(Section("Outlook", profile.outlook, in: base)) }
        let view = RoleView(
            position: nil,
            profile: RoleView.Profile(
                id: role.id.rawValue, summary: StatementView(profile.summary, in: base),
                opening: [
                    Section("Focus", [profile.focus], in: base), Section("Main goal", [profile.mainGoal], in: base),
                    Section("Daily tasks", profile.dailyTasks, in: base),
                ],
                tools: tools,
                flow: StatementView(
                    text: profile.projectFlow.steps.joined(separator: " → "), sources: profile.projectFlow.sources,
                    in: base),
                example: StatementView(profile.projectFlow.example, in: base),
                middle: [
                    Section("Technical skills", profile.skills, in: base), Section("Maths", profile.math, in: base),
                    Section("Education", profile.education, in: base),
                    Section("Portfolio", profile.portfolio, in: base),
                    Section("Soft skills", profile.softSkills, in: base),
                    Section("Success metrics", profile.successMetrics, in: base),
                ],
                salaryChart: RangeChart(report: SalaryReport(base: base, role: role.id), in: base), closing: closing),
            hasLadders: !ladders.isEmpty, ladders: ladders)
        return HTMLPage(title: role.title, body: templates.render("role", view))
    }

    func compare(_ ids: [String]) throws -> HTMLPage {
        struct Choice {
            let id: String
            let title: String
            let checked: Bool
        }
        struct Row {
            /// One role's entries for the aspect; `role` labels the cell when the table becomes cards on a phone.
            struct Cell {
                let role: String
                let statements: [StatementView]
            }
            let title: String
            let cells: [Cell]
        }
        struct Table {
            let roles: [String]
            let rows: [Row]
        }
        struct View {
            let alert: String?
            let choices: [Choice]
            let table: Table?
        }
        let choices = base.profiledRoles.map {
            Choice(id: $0.id.rawValue, title: $0.title, checked: ids.contains($0.id.rawValue))
        }
        guard !ids.isEmpty else {
            return HTMLPage(
                title: "Compare roles",
                body: templates.render("compare", View(alert: nil, choices: choices, table: nil)))
        }
        guard (2...4).contains(Set(ids).count) else {
            let view = View(alert: "Pick between 2 and 4 roles.", choices: choices, table: nil)
            return HTMLPage(title: "Compare roles", body: templates.render("compare", view), status: .badRequest)
        }
        let roles = try ids.map { id throws(UnknownRoleError) in try base.role(named: id) }
        let comparison = try RoleComparison(roles, in: base)
        let table = Table(
            roles: comparison.roles.map(\.title),
            rows: comparison.aspects.map { aspect in
                Row(
                    title: aspect.title,
                    cells: zip(comparison.roles, aspect.cells).map { role, cell in
                        Row.Cell(
                            role: role.title,
                            statements: cell.map { StatementView(text: $0.text, sources: $0.sources, in: base) })
                    })
            })
        return HTMLPage(
            title: "Compare roles", body: templates.render("compare", View(alert: nil, choices: choices, table: table)))
    }

    /// What the salaries template shows.
    struct SalariesView {
        struct Problem {
            struct Alternative {
                let name: String
                let link: String
            }

            let message: String
            let hasAlternatives: Bool
            let alternatives: [Alternative]
        }

        struct Local {
            struct Occupation {
                struct Row {
                    let name: String
                    let values: [String]
                }

                let label: String
                let reason: String
                let rows: [Row]
            }

            let role: String
            let area: String
            let sources: [StatementView.SourceLink]
            let chart: RangeChart
            let includes: String
            let mappingNote: String?
            let occupations: [Occupation]
            let attribution: String?
        }

        struct Single {
            let title: String
            let chart: RangeChart
        }

        struct Row {
            let role: String
            let level: String
            let band: String
            let note: String?
            let sources: [StatementView.SourceLink]
        }

        let roles: [OptionView]
        let typed: String
        let areas: [String]
        let problem: Problem?
        let local: Local?
        let single: Single?
        let rows: [Row]
        let contexts: [String]
    }

    func salaries(_ role: Role?, in place: WageArea? = nil, typed: String = "", problem: PlaceError? = nil) -> HTMLPage
    {
        let report = SalaryReport(base: base, role: role?.id)
        func links(_ ids: [Source.ID]) -> [StatementView.SourceLink] { StatementView.SourceLink.list(ids, in: base) }
        let local = role.flatMap { role in
            place.map { place in
                let pay = LocalPay(base: base, role: role.id, area: place)
                return SalariesView.Local(
                    role: pay.roleTitle, area: pay.area.name, sources: links([pay.officialSource]),
                    chart: RangeChart(pay: pay, in: base), includes: pay.officialIncludes,
                    mappingNote: pay.mappingNote.map(base.namingSources),
                    occupations: pay.occupations.map { occupation in
                        var rows: [(String, WageRecord?)] = []
                        if pay.area.kind != .national { rows.append((pay.area.name, occupation.local)) }
                        rows.append(("National", occupation.national))
                        return SalariesView.Local.Occupation(
                            label: occupation.label.prefix(1).uppercased() + occupation.label.dropFirst(),
                            reason: base.namingSources(in: occupation.reason),
                            rows: rows.map { name, record in
                                SalariesView.Local.Occupation.Row(
                                    name: name,
                                    values: record.map {
                                        ($0.annual.percentiles.map(\.value) + [$0.employment]).map(\.display)
                                    }
                                        ?? [])
                            })
                    },
                    attribution: base.source(pay.officialSource)?.attribution)
            }
        }
        let view = SalariesView(
            roles: base.profiledRoles.map {
                OptionView(id: $0.id.rawValue, title: $0.title, selected: $0.id == role?.id)
            },
            typed: typed, areas: base.wages.areas.map(\.name),
            problem: problem.map { problem in
                let alternatives = problem.alternatives.map { area in
                    SalariesView.Problem.Alternative(
                        name: area.name,
                        link: "/salaries?role=\(role?.id.rawValue ?? "")&area=\(percentEncoded(area.name))")
                }
                return SalariesView.Problem(
                    message: problem.description, hasAlternatives: !alternatives.isEmpty, alternatives: alternatives)
            },
            local: local,
            single: local == nil
                ? role.map { SalariesView.Single(title: $0.title, chart: RangeChart(report: report, in: base)) } : nil,
            rows: report.rows.flatMap { row in
                row.bands.map { band in
                    SalariesView.Row(
                        role: row.roleTitle, level: row.level?.rawValue ?? "all",
                        band: base.namingSources(in: band.summary), note: band.note.map(base.namingSources),
                        sources: links([band.source]))
                }
            },
            contexts: report.contexts.map {
                "\(base.source($0.source)?.name ?? $0.sourceTitle): \($0.region); \($0.currency); \($0.period)"
            })
        var page = HTMLPage(title: "Salaries by level", body: templates.render("salaries", view))
        if let problem { page.status = problemStatus(problem) }
        return page
    }

    private func problemStatus(_ problem: PlaceError) -> HTTPResponse.Status {
        if case .ambiguous = problem { return .unprocessableContent }
        return .notFound
    }

    func sources() -> HTMLPage {
        struct Listed {
            let id: String
            let name: String
            let title: String
            let url: String?
            let details: [String]
        }
        let listed = base.sources.map { source in
            Listed(
                id: source.id.rawValue, name: source.name, title: source.title, url: source.url,
                details: [
                    source.author.map { "Author: \($0)" }, source.publisher.map { "Publisher: \($0)" },
                    "Licence: \(source.licence)", source.attribution.map { "Attribution: \($0)" },
                    source.note.map(base.namingSources),
                ].compactMap { $0 })
        }
        struct View { let sources: [Listed] }
        return HTMLPage(title: "Sources", body: templates.render("sources", View(sources: listed)))
    }
}
