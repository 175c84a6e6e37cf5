import Foundation

extension CareerService {
    /// The most hours a week a plan takes: more is not a plan a person keeps to.
    public static let maximumHoursPerWeek = 80

    /// A learning plan toward `target` for someone with `have` (a list and/or a resume), and, with `fromRole`, the
    /// skills of the role they hold now (a plan for a path between roles). `done` keeps ticks from before.
    public func learningPlan(
        target: String, have: OwnedSkills = OwnedSkills(), fromRole: String? = nil, hoursPerWeek: Int? = nil,
        done: Set<Skill.ID> = []
    ) throws -> LearningPlan {
        let role = try base.role(named: target)
        if let hours = hoursPerWeek, !(1...Self.maximumHoursPerWeek).contains(hours) {
            throw CareerError(
                .invalidInput, "hours a week must be between 1 and \(Self.maximumHoursPerWeek)",
                fields: ["hoursPerWeek"])
        }
        var owned = try ownedSkills(have)
        if let fromRole {
            let start = try base.role(named: fromRole).id
            owned.formUnion(planner.graph.knows[start] ?? [])
        }
        guard
            let plan = LearningPlan(
                target: role.id, owned: owned, base: base, hoursPerWeek: hoursPerWeek, done: done)
        else {
            throw CareerError(
                .invalidInput,
                "\(role.title) has no skill profile to plan toward; choose one of the \(base.profiledRoles.count) profiled roles",
                fields: ["target"])
        }
        return plan
    }
}

/// A kept plan as its owner opens it: worked out again from its inputs, with its ticks.
public struct OpenedPlan: Sendable {
    public let token: ResultToken
    public let plan: LearningPlan
    public let createdAt: Date
    public let updatedAt: Date
}

extension CareerService {
    /// Makes a plan (as `learningPlan`) and keeps it behind a new private link, with the skills read from the input
    /// (never the resume itself).
    public func createPlan(
        target: String, have: OwnedSkills = OwnedSkills(), fromRole: String? = nil, hoursPerWeek: Int? = nil
    ) async throws -> OpenedPlan {
        let plan = try learningPlan(target: target, have: have, fromRole: fromRole, hoursPerWeek: hoursPerWeek)
        var owned = try ownedSkills(have)
        if let fromRole { owned.formUnion(planner.graph.knows[try base.role(named: fromRole).id] ?? []) }
        return try await keep(plan, owned: owned)
    }

    /// Keeps a plan made elsewhere, from its exported JSON (`LearningPlan` as the API and downloads give it): the
    /// role, the skills counted as had, the hours a week and the ticks come back; the rest is worked out again.
    public func importPlan(json: String) async throws -> OpenedPlan {
        let exported: LearningPlan
        do {
            exported = try JSONDecoder().decode(LearningPlan.self, from: Data(json.utf8))
        } catch {
            throw CareerError(.invalidInput, "that file is not a plan exported by AI Career Finder", fields: ["file"])
        }
        let plan = try learningPlan(
            target: exported.target.rawValue,
            have: OwnedSkills(list: exported.have.map(\.rawValue).joined(separator: ",")),
            hoursPerWeek: exported.hoursPerWeek, done: Set(exported.steps.filter(\.done).map(\.skill)))
        return try await keep(plan, owned: Set(exported.have))
    }

    private func keep(_ plan: LearningPlan, owned: Set<Skill.ID>) async throws -> OpenedPlan {
        let store = try requireStore()
        let token = makeToken()
        let time = now()
        try await store.save(
            SavedPlan(
                token: token, target: plan.target, have: Array(owned), hoursPerWeek: plan.hoursPerWeek,
                done: plan.steps.filter(\.done).map(\.skill), createdAt: time, updatedAt: time))
        return OpenedPlan(token: token, plan: plan, createdAt: time, updatedAt: time)
    }

    /// The plan kept under a token.
    public func openPlan(token text: String) async throws -> OpenedPlan {
        let token = try Self.token(text, "plan")
        guard let saved = try await requireStore().plan(token: token) else {
            throw CareerError(.notFound, "no saved plan has that link (it may have been deleted)")
        }
        guard
            let plan = LearningPlan(
                target: saved.target, owned: Set(saved.have), base: base, hoursPerWeek: saved.hoursPerWeek,
                done: Set(saved.done))
        else {
            throw CareerError(.unavailable, "this plan's role is no longer profiled here")
        }
        return OpenedPlan(token: token, plan: plan, createdAt: saved.createdAt, updatedAt: saved.updatedAt)
    }

    /// Ticks a step done (or not); the skill must be a step of the plan.
    public func tickPlan(token: String, skill: String, done: Bool) async throws -> OpenedPlan {
        let opened = try await openPlan(token: token)
        guard let step = opened.plan.steps.first(where: { $0.skill.rawValue == skill }) else {
            throw CareerError(.invalidInput, "that skill is not a step of this plan", fields: ["skill"])
        }
        guard try await requireStore().tick(token: opened.token, skill: step.skill, done: done, at: now()) else {
            throw CareerError(.notFound, "no saved plan has that link (it may have been deleted)")
        }
        return try await openPlan(token: token)
    }

    /// Plans again from newer skills (a newer resume or list), keeping the ticks of steps still in the plan and
    /// the hours a week unless new ones are given; with no new skills, only the hours change.
    public func replan(token: String, have: OwnedSkills, hoursPerWeek: Int? = nil) async throws -> OpenedPlan {
        let opened = try await openPlan(token: token)
        let store = try requireStore()
        guard let saved = try await store.plan(token: opened.token) else {
            throw CareerError(.notFound, "no saved plan has that link (it may have been deleted)")
        }
        let given = [have.list, have.resume, have.answers].contains {
            !($0 ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        let owned = given ? try ownedSkills(have) : Set(saved.have)
        let hours = hoursPerWeek ?? saved.hoursPerWeek
        if let hours, !(1...Self.maximumHoursPerWeek).contains(hours) {
            throw CareerError(
                .invalidInput, "hours a week must be between 1 and \(Self.maximumHoursPerWeek)",
                fields: ["hoursPerWeek"])
        }
        guard
            let plan = LearningPlan(
                target: saved.target, owned: owned, base: base, hoursPerWeek: hours, done: Set(saved.done))
        else { throw CareerError(.unavailable, "this plan's role is no longer profiled here") }
        let kept = SavedPlan(
            token: opened.token, target: plan.target, have: Array(owned), hoursPerWeek: hours,
            done: plan.steps.filter(\.done).map(\.skill), createdAt: saved.createdAt, updatedAt: now())
        guard try await store.update(kept) else {
            throw CareerError(.notFound, "no saved plan has that link (it may have been deleted)")
        }
        return try await openPlan(token: token)
    }

    /// Deletes a kept plan and its ticks.
    public func deletePlan(token text: String) async throws {
        let token = try Self.token(text, "plan")
        guard try await requireStore().deletePlan(token: token) else {
            throw CareerError(.notFound, "no saved plan has that link (it may have been deleted)")
        }
    }
}

/// An interview practice session's questions, and the person's gaps they were weighted toward.
public struct PracticeSession: Sendable, Codable {
    public let role: Role.ID
    public let roleTitle: String
    public let seed: UInt64
    public let gaps: [Skill.ID]
    public let questions: [InterviewQuestion]
}

extension CareerService {
    /// The most questions one session asks.
    public static let maximumPracticeQuestions = 20

    /// Questions for a practice session toward `role`: weighted toward `level` and, with a resume or skill list,
    /// toward the skills the person's plan says they lack. The same seed gives the same questions.
    public func interviewPractice(
        role name: String, level: String? = nil, count: Int = 5, have: OwnedSkills = OwnedSkills(), seed: UInt64
    ) throws -> PracticeSession {
        let role = try base.role(named: name)
        guard let bank = base.interviewBank(for: role.id) else {
            throw CareerError(.invalidInput, "there are no interview questions for \(role.title)", fields: ["role"])
        }
        let parsedLevel = try level.flatMap { text -> InterviewQuestion.Level? in
            if text.isEmpty { return nil }
            guard let level = InterviewQuestion.Level(rawValue: text.lowercased()) else {
                throw CareerError(.invalidInput, "the level is entry, mid or senior", fields: ["level"])
            }
            return level
        }
        guard (1...Self.maximumPracticeQuestions).contains(count) else {
            throw CareerError(
                .invalidInput, "ask for 1 to \(Self.maximumPracticeQuestions) questions", fields: ["count"])
        }
        let given = [have.list, have.resume, have.answers].contains { !($0 ?? "").isEmpty }
        let gaps = given ? try learningPlan(target: role.id.rawValue, have: have).steps.map(\.skill) : []
        return PracticeSession(
            role: role.id, roleTitle: role.title, seed: seed, gaps: gaps,
            questions: InterviewPractice.pick(
                from: bank, level: parsedLevel, count: count, gaps: Set(gaps), seed: seed))
    }

    /// Sums up a session: points covered, the weakest skills, and which stage of the person's plan teaches each.
    public func interviewSummary(
        role name: String, answers: [InterviewPractice.Answer], have: OwnedSkills = OwnedSkills()
    ) throws -> InterviewPractice.Summary {
        let role = try base.role(named: name)
        guard let bank = base.interviewBank(for: role.id) else {
            throw CareerError(.invalidInput, "there are no interview questions for \(role.title)", fields: ["role"])
        }
        let plan = try? learningPlan(target: role.id.rawValue, have: have)
        return InterviewPractice.summary(of: answers, in: bank, base: base, plan: plan)
    }
}
