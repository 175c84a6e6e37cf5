import CareerKit
import Foundation
import Hummingbird

/// Interview practice without JavaScript: pick a role (and a level, a count, optionally your skills), then one
/// question a page; under each, what a strong answer covers, to tick; at the end the areas to work on. The session
/// travels in the form (role, level, count, seed, skills, answers so far), so nothing is stored.
struct InterviewPages {
    let service: CareerService
    let templates: PageTemplates

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("interview") { request, _ in
            startPage(role: request.uri.queryParameters.get("role"))
        }
        routes.post("interview") { request, context in
            let form = try await UploadedForm.read(request, context: context)
            do {
                // Skills are read once, from a list or a pasted resume, and carried on as ids.
                let owned = try service.ownedSkills(OwnedSkills(list: form["have"], resume: form["resume"]))
                let state = State(
                    role: form["role"] ?? "", level: form["level"] ?? "", count: Int(form["count"] ?? "") ?? 5,
                    seed: UInt64(form["seed"] ?? "") ?? UInt64.random(in: 1...999_999),
                    have: owned.map(\.rawValue).sorted().joined(separator: ","), answers: [])
                return try await step(state, at: 0).response(from: request, context: context)
            } catch let error as any CareerErrorConvertible {
                var page = startPage(role: form["role"], alert: CareerError.sentence(error.careerError.message))
                page.status = error.careerError.status
                return try page.response(from: request, context: context)
            }
        }
        routes.post("interview/answer") { request, context in
            let form = try await request.decode(as: [String: String].self, context: context)
            var state = State(form)
            let index = Int(form["step"] ?? "") ?? 0
            let session = try service.interviewPractice(
                role: state.role, level: state.level, count: state.count, have: OwnedSkills(list: state.have),
                seed: state.seed)
            if index < session.questions.count {
                let question = session.questions[index]
                let covered = question.points.indices.filter { form["point-\($0)"] == "yes" }
                state.answers.append(InterviewPractice.Answer(question: question.id, covered: covered))
            }
            if index + 1 < session.questions.count { return try await step(state, at: index + 1) }
            return try summaryPage(state, session: session)
        }
        return routes
    }

    /// A session as the form carries it.
    struct State {
        let role: String
        let level: String
        let count: Int
        let seed: UInt64
        /// Skill ids the person has, comma-separated.
        let have: String
        var answers: [InterviewPractice.Answer]

        init(role: String, level: String, count: Int, seed: UInt64, have: String, answers: [InterviewPractice.Answer]) {
            self.role = role
            self.level = level
            self.count = count
            self.seed = seed
            self.have = have
            self.answers = answers
        }

        init(_ form: [String: String]) {
            self.init(
                role: form["role"] ?? "", level: form["level"] ?? "", count: Int(form["count"] ?? "") ?? 5,
                seed: UInt64(form["seed"] ?? "") ?? 1, have: form["have"] ?? "", answers: Self.answers(form["answers"]))
        }

        /// "id:0.2;id:" back to answers.
        static func answers(_ text: String?) -> [InterviewPractice.Answer] {
            (text ?? "").split(separator: ";").compactMap { part in
                let pieces = part.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                guard let id = pieces.first, !id.isEmpty else { return nil }
                let covered = pieces.count > 1 ? pieces[1].split(separator: ".").compactMap { Int($0) } : []
                return InterviewPractice.Answer(question: String(id), covered: covered)
            }
        }

        var encodedAnswers: String {
            answers.map { "\($0.question):" + $0.covered.map(String.init).joined(separator: ".") }
                .joined(separator: ";")
        }
    }

    struct StartView {
        let roles: [OptionView]
        let alert: String?
    }

    private func startPage(role: String?, alert: String? = nil) -> HTMLPage {
        let chosen = role.flatMap { try? service.base.role(named: $0) }?.id
        let view = StartView(
            roles: service.base.profiledRoles.map {
                OptionView(id: $0.id.rawValue, title: $0.title, selected: $0.id == chosen)
            }, alert: alert)
        return HTMLPage(title: "Interview practice", body: templates.render("interview", view))
    }

    struct QuestionView {
        struct Point {
            let number: Int
            let index: Int
            let text: String
        }

        let role: String
        let roleTitle: String
        let level: String
        let count: Int
        let seed: String
        let have: String
        let answers: String
        let step: Int
        let number: Int
        let total: Int
        let progress: String
        let kind: String
        let questionLevel: String
        let question: String
        let points: [Point]
        let last: Bool
    }

    private func step(_ state: State, at index: Int) async throws -> HTMLPage {
        let session = try service.interviewPractice(
            role: state.role, level: state.level, count: state.count, have: OwnedSkills(list: state.have),
            seed: state.seed)
        let question = session.questions[index]
        let view = QuestionView(
            role: session.role.rawValue, roleTitle: session.roleTitle, level: state.level, count: state.count,
            seed: String(state.seed), have: state.have, answers: state.encodedAnswers, step: index,
            number: index + 1, total: session.questions.count,
            progress: BarShape.progress(100 * index / session.questions.count), kind: question.kind.rawValue,
            questionLevel: question.level.rawValue, question: question.question,
            points: question.points.enumerated().map { QuestionView.Point(number: $0 + 1, index: $0, text: $1) },
            last: index + 1 == session.questions.count)
        return HTMLPage(
            title: "Interview practice: \(session.roleTitle)", body: templates.render("interview-question", view))
    }

    struct SummaryView {
        struct Area {
            let name: String
            let covered: Int
            let total: Int
            let stage: Int?
            let had: Bool
            let docs: String?
        }

        let roleTitle: String
        let covered: Int
        let total: Int
        let hasAreas: Bool
        let areas: [Area]
        let again: String
        let plan: String
    }

    private func summaryPage(_ state: State, session: PracticeSession) throws -> HTMLPage {
        let summary = try service.interviewSummary(
            role: state.role, answers: state.answers, have: OwnedSkills(list: state.have))
        let view = SummaryView(
            roleTitle: session.roleTitle, covered: summary.covered, total: summary.total,
            hasAreas: !summary.weakAreas.isEmpty,
            areas: summary.weakAreas.map {
                SummaryView.Area(
                    name: $0.name, covered: $0.covered, total: $0.total, stage: $0.planStage, had: $0.had,
                    docs: $0.docs)
            },
            again: "/interview?role=\(session.role)",
            plan: "/plan?target=\(session.role)&have=\(percentEncoded(state.have))")
        return HTMLPage(
            title: "Interview practice: how it went", body: templates.render("interview-summary", view))
    }
}
