import Foundation

extension AssessmentScorer {
    /// Points within which the top two roles are reported as too close to call.
    public static let closeCallMargin = 3.0

    /// Scores a sheet: every role ranked and explained, or the reason the answers carry no information.
    public func assess(_ sheet: AnswerSheet) -> AssessmentResult {
        let codes = sheet.answers.enumerated().map { code(of: $1, at: $0) }
        let skipped = zip(itemIDs, codes).filter { $1 == nil }.map(\.0)
        let answered = codes.count - skipped.count
        if let reason = InformationCheck(codes: codes, scalePoints: scalePoints, isInterest: isInterest).problem {
            return AssessmentResult(
                questionnaireVersion: questionnaire.version, answeredCount: answered, itemCount: codes.count,
                skippedItems: skipped, uninformative: reason, ranking: [], closeCall: nil, levers: [],
                skillGaps: [], nextSteps: [])
        }
        let ranking = rank(codes, sheet: sheet)
        let first = ranking[0], second = ranking[1]
        let gap = first.score - second.score
        let closeCall =
            gap < Self.closeCallMargin
            ? "\(first.title) and \(second.title) are within \(formatted(gap)) points: treat both as your best fit."
            : nil
        return AssessmentResult(
            questionnaireVersion: questionnaire.version, answeredCount: answered, itemCount: codes.count,
            skippedItems: skipped, uninformative: nil, ranking: ranking, closeCall: closeCall,
            levers: levers(codes, sheet: sheet, first: first.role, second: second.role),
            skillGaps: skillGaps(codes, top: first.role),
            nextSteps: personal(
                nextSteps[roleIndex(of: first.role)], confident: questionnaire.confidentSkills(in: sheet)))
    }

    /// The next steps less those about skills the person rated 3 or 4 ("use it confidently", "could teach it"):
    /// telling someone who could teach Docker to learn Docker reads them wrong.
    private func personal(_ steps: [Statement], confident: Set<Skill.ID>) -> [Statement] {
        steps.filter { $0.skills.isEmpty || !Set($0.skills).isSubset(of: confident) }
    }

    /// Only the scores, in role order; the fast path for balance checks and benchmarks.
    public func scores(_ sheet: AnswerSheet) -> [Double] {
        let totals = totals(sheet.answers.enumerated().map { code(of: $1, at: $0) })
        return zip(totals.values, totals.magnitudes).map { Self.score(sum: $0, limit: $1) }
    }

    /// The ids of the roles `scores` reports, in order.
    public var roleIDs: [Role.ID] { roles.map(\.id) }

    private func rank(_ codes: [Int?], sheet: AnswerSheet) -> [RoleFit] {
        let totals = totals(codes)
        let fits = roles.enumerated().map { index, role in
            let limit = totals.magnitudes[index]
            let contributions = codes.enumerated().compactMap { item, code -> Contribution? in
                guard let code, limit > 0, magnitude(item: item, role: index) > 0 else { return nil }
                return Contribution(
                    item: itemIDs[item], section: itemSections[item], question: itemTexts[item],
                    answer: describe(item: item, code: code),
                    points: 50 * value(item: item, code: code, role: index) / limit)
            }
            return (role, Self.score(sum: totals.values[index], limit: limit), contributions)
        }
        let sorted = fits.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }
        return sorted.enumerated().map { rank, fit in
            RoleFit(
                role: fit.0.id, title: fit.0.title, score: fit.1, rank: rank + 1, baseline: 50,
                contributions: fit.2.sorted { abs($0.points) > abs($1.points) })
        }
    }

    /// For each item, the other answer that most narrows the lead of `first` over `second`; the best three.
    private func levers(_ codes: [Int?], sheet: AnswerSheet, first: Role.ID, second: Role.ID) -> [Lever] {
        guard let a = roles.firstIndex(where: { $0.id == first }), let b = roles.firstIndex(where: { $0.id == second })
        else { return [] }
        let totals = totals(codes)
        let gap =
            Self.score(sum: totals.values[a], limit: totals.magnitudes[a])
            - Self.score(sum: totals.values[b], limit: totals.magnitudes[b])
        var found: [Lever] = []
        for (item, current) in codes.enumerated() {
            var best: (code: Int, gap: Double)?
            // A skill can be learnt but not unlearnt, so a self-rating only ever moves up.
            let canOnlyRise = isSelfRating[item]
            for candidate in possibleAnswers[item].indices
            where candidate != current && (!canOnlyRise || candidate > (current ?? -1)) {
                func moved(_ role: Int) -> Double {
                    let oldValue = current.map { value(item: item, code: $0, role: role) } ?? 0
                    let addedLimit = current == nil ? magnitude(item: item, role: role) : 0
                    return Self.score(
                        sum: totals.values[role] - oldValue + value(item: item, code: candidate, role: role),
                        limit: totals.magnitudes[role] + addedLimit)
                }
                let newGap = moved(a) - moved(b)
                if newGap < gap - 0.05, newGap < best?.gap ?? .infinity { best = (candidate, newGap) }
            }
            guard let best else { continue }
            found.append(
                Lever(
                    item: itemIDs[item], question: itemTexts[item], currentAnswer: describe(item: item, code: current),
                    changedAnswer: describe(item: item, code: best.code),
                    gapBefore: gap, gapAfter: best.gap))
        }
        return Array(found.sorted { $0.gapAfter < $1.gapAfter }.prefix(3))
    }

    private func roleIndex(of id: Role.ID) -> Int { roles.firstIndex { $0.id == id } ?? 0 }

    /// Skill items the top role weighs at 1.5 or more that the person rated 0-1 or skipped, heaviest first.
    private func skillGaps(_ codes: [Int?], top: Role.ID) -> [SkillGap] {
        let role = roleIndex(of: top)
        return gapCandidates[role].compactMap { index in
            // Self-ratings run from 0, so the code is the rating itself.
            if let rating = codes[index], rating > 1 { return nil }
            let item = questionnaire.items[index]
            return SkillGap(
                item: item.id, skill: item.text, rating: codes[index], skills: item.skills,
                advice: gapAdvice[role][index])
        }
    }

    private func formatted(_ value: Double) -> String { String(format: "%.1f", value) }
}
