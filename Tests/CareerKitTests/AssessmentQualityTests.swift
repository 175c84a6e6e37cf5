import CareerKit
import Testing

@Suite("The assessment's specification: personas, balance, monotonicity, additivity, stability")
struct AssessmentQualityTests {
    let scorer = AssessmentFixtures.scorer

    @Test(
        "Every persona's expected top role (or top two, for hybrids) comes out on top",
        arguments: ["personas", "blind-personas"])
    func personas(set: String) throws {
        let expectations = try AssessmentFixtures.expectations(in: set)
        #expect(expectations.count >= 16)
        var winners = Set<String>()
        for expectation in expectations {
            let result = scorer.assess(try AssessmentFixtures.persona(expectation.persona, in: set))
            #expect(result.uninformative == nil, "\(expectation.persona): \(result.uninformative ?? "")")
            let ranked = result.ranking.map(\.role.rawValue)
            if let top1 = expectation.top1 {
                #expect(ranked.first == top1, "\(expectation.persona): expected \(top1), got \(ranked.prefix(3))")
                winners.insert(top1)
            } else if let top2 = expectation.top2 {
                #expect(Set(ranked.prefix(2)) == Set(top2), "\(expectation.persona): got \(ranked.prefix(3))")
            }
        }
        #expect(
            winners == Set(scorer.roleIDs.map(\.rawValue)),
            "roles no persona wins: \(Set(scorer.roleIDs.map(\.rawValue)).subtracting(winners))")
    }

    @Test("Over 100,000 uniformly random answer sets every role is top in 3% to 35% of them")
    func balance() {
        var generator = SplitMix64(seed: 2026)
        var wins = [Int](repeating: 0, count: scorer.roleIDs.count)
        let runs = 100_000
        for _ in 0..<runs {
            let scores = scorer.scores(scorer.questionnaire.randomSheet(using: &generator))
            wins[scores.indices.max { scores[$0] < scores[$1] }!] += 1
        }
        for (role, count) in zip(scorer.roleIDs, wins) {
            let share = Double(count) / Double(runs)
            #expect(share >= 0.03 && share <= 0.35, "\(role) is top in \(share * 100)% of random answer sets")
        }
    }

    @Test("Raising agreement with any activity that counts toward a role never lowers that role's score")
    func monotonicity() {
        var generator = SplitMix64(seed: 7)
        let questionnaire = scorer.questionnaire
        for _ in 0..<300 {
            let sheet = questionnaire.randomSheet(using: &generator)
            let before = scorer.scores(sheet)
            for (index, item) in questionnaire.items.enumerated() {
                guard let scale = item.scale, case .value(let value) = sheet.answers[index], value < scale.max
                else { continue }
                var raised = sheet
                raised.answers[index] = .value(value + 1)
                let after = scorer.scores(raised)
                for (role, id) in scorer.roleIDs.enumerated() where (item.weights[id] ?? 0) > 0 {
                    #expect(after[role] >= before[role], "\(item.id) lowered \(id)")
                }
            }
        }
    }

    @Test("Each role's contributions add up to its score from the baseline of 50")
    func additivity() throws {
        var generator = SplitMix64(seed: 11)
        var sheets = (0..<200).map { _ in scorer.questionnaire.randomSheet(using: &generator) }
        sheets += try AssessmentFixtures.expectations().map { try AssessmentFixtures.persona($0.persona) }
        for sheet in sheets {
            for fit in scorer.assess(sheet).ranking {
                let total = fit.baseline + fit.contributions.reduce(0) { $0 + $1.points }
                #expect(abs(total - fit.score) < 1e-9, "\(fit.role): \(total) vs \(fit.score)")
                #expect(fit.score >= 0 && fit.score <= 100)
            }
        }
    }

    @Test("Moving one answer by one step moves any score by at most the documented bound (5 points)")
    func stability() {
        let bound = scorer.maximumShiftPerStep
        #expect(bound <= 5, "the bound grew to \(bound)")
        var generator = SplitMix64(seed: 13)
        let questionnaire = scorer.questionnaire
        var largest = 0.0
        for _ in 0..<200 {
            let sheet = questionnaire.randomSheet(using: &generator)
            let before = scorer.scores(sheet)
            for index in questionnaire.items.indices {
                let possible = questionnaire.possibleAnswers(at: index)
                let current = possible.firstIndex(of: sheet.answers[index])!
                let neighbours =
                    questionnaire.items[index].isChoice
                    ? possible.indices.filter { $0 != current }
                    : [current - 1, current + 1].filter(possible.indices.contains)
                for neighbour in neighbours {
                    var moved = sheet
                    moved.answers[index] = possible[neighbour]
                    for (old, new) in zip(before, scorer.scores(moved)) { largest = max(largest, abs(new - old)) }
                }
            }
        }
        #expect(largest <= bound + 1e-9)
        #expect(largest > 0)
    }
}
