import CareerKit
import Foundation
import Testing

@Suite("The validator reports every defect with its file and path")
struct ValidatorTests {
    @Test("The untouched fixture base is valid")
    func fixtureIsValid() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        #expect(try fixture.issues().isEmpty)
    }

    @Test("A duplicate skill id is reported where it is declared the second time")
    func duplicateID() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.append("skills.yaml", "- {id: python, name: Python again, category: language}\n")
        let issues = try fixture.issues()
        #expect(issues.count == 1)
        let issue = try #require(issues.first)
        #expect(issue.file == "skills.yaml")
        #expect(issue.path == "[2].id")
        #expect(issue.line == 3)
        #expect(issue.problem.contains("duplicate skill id 'python'"))
    }

    @Test("A reference to a skill that does not exist is reported with a suggestion")
    func danglingReference() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.edit("roles/alpha.yaml", replacing: "skills: [python]", with: "skills: [pyhton]")
        let issue = try #require(try fixture.issues().first)
        #expect(issue.file == "roles/alpha.yaml")
        #expect(issue.path == "dailyTasks[0].skills[0]")
        #expect(issue.problem == "unknown skill 'pyhton'; did you mean 'python'?")
    }

    @Test("A ladder step naming an unknown role is reported")
    func danglingLadderStep() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.edit("ladders.yaml", replacing: "[[alpha], [senior-alpha]]", with: "[[alpha], [ghost]]")
        let issue = try #require(try fixture.issues().first)
        #expect(issue.file == "ladders.yaml")
        #expect(issue.path == "[0].steps[1][0]")
        #expect(issue.problem.hasPrefix("unknown role 'ghost'"))
    }

    @Test("A salary band whose low is above its high is reported")
    func lowAboveHigh() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.edit("salaries.yaml", replacing: "low: 100000, high: 120000", with: "low: 130000, high: 120000")
        let issues = try fixture.issues()
        #expect(issues.map(\.path) == ["[0].bands[0]"])
        #expect(issues.first?.problem == "low (130000) is greater than high (120000)")
    }

    @Test("A statement with no source, an empty source list, or a sourceless salary table is reported")
    func missingSource() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.edit(
            "roles/beta.yaml", replacing: "{text: \"Some probability.\", sources: [src-b]}",
            with: "{text: \"Some probability.\"}")
        try fixture.edit(
            "roles/beta.yaml", replacing: "{text: \"A degree helps.\", sources: [src-a]}",
            with: "{text: \"A degree helps.\", sources: []}")
        try fixture.edit("salaries.yaml", replacing: "- source: src-b\n", with: "- \n")
        let issues = try fixture.issues()
        let found = issues.map { "\($0.file) \($0.path): \($0.problem)" }
        #expect(found.contains("roles/beta.yaml math[0]: missing required key 'sources'"))
        #expect(found.contains("roles/beta.yaml education[0].sources: must name at least one source"))
        #expect(found.contains("salaries.yaml [1]: missing required key 'source'"))
    }

    @Test("Every missing section of a role is reported at once")
    func missingSections() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.edit(
            "roles/alpha.yaml", replacing: "math:\n  - {text: \"Some probability.\", sources: [src-b]}\n", with: "")
        try fixture.edit("roles/alpha.yaml", replacing: "chooseIf:\n", with: "chooseIf: []\n#")
        let issues = try fixture.issues()
        #expect(issues.contains { $0.file == "roles/alpha.yaml" && $0.problem == "missing required key 'math'" })
        #expect(issues.contains { $0.path == "chooseIf" && $0.problem == "must list at least one item" })
    }

    @Test("A role with no salary band or no ladder is reported against its own file")
    func missingSalaryAndLadder() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.edit(
            "salaries.yaml",
            replacing: "    - {role: beta, level: mid, printed: \"$9$+\", note: \"unreadable as printed\"}\n", with: "")
        try fixture.edit(
            "salaries.yaml",
            replacing: "    - {role: beta, level: entry, printed: \"$90,000 – $110,000\", low: 90000, high: 110000}\n",
            with: "")
        try fixture.edit(
            "ladders.yaml", replacing: "- {id: a-beta, track: beta, source: src-a, steps: [[beta], [senior-alpha]]}\n",
            with: "")
        let issues = try fixture.issues().map { "\($0.file) \($0.path)" }
        #expect(issues.contains("roles/beta.yaml salaries"))
        #expect(issues.contains("roles/beta.yaml ladder"))
    }

    @Test("Defects in several files are all reported in one run, and load refuses the base")
    func allAtOnce() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.append("skills.yaml", "- {id: python, name: Python again, category: language}\n")
        try fixture.edit("roles/alpha.yaml", replacing: "skills: [python]", with: "skills: [nothing]")
        try fixture.edit("salaries.yaml", replacing: "low: 100000, high: 120000", with: "low: 130000, high: 120000")
        try fixture.edit("roles/beta.yaml", replacing: "dailyTasks:", with: "dailyTask:")
        let files = Set(try fixture.issues().map(\.file))
        #expect(files == ["skills.yaml", "roles/alpha.yaml", "salaries.yaml", "roles/beta.yaml"])
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBaseLoader(directory: fixture.directory).load() }
    }

    @Test("A misspelt key is reported as unknown, with the keys allowed there")
    func unknownKey() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.edit("roles/alpha.yaml", replacing: "aliases: []", with: "aliases: []\nalias: [A]")
        let issue = try #require(try fixture.issues().first)
        #expect(issue.path == "alias")
        #expect(issue.problem.hasPrefix("unknown key; expected one of: aliases, chooseIf"))
    }

    @Test("Broken YAML is reported with its file and line")
    func syntaxError() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.append("ladders.yaml", "- {id: broken, steps: [[alpha]\n")
        let issue = try #require(try fixture.issues().first { $0.file == "ladders.yaml" })
        #expect(issue.problem.hasPrefix("not valid YAML"))
        #expect(issue.line != nil)
    }

    @Test("A role file whose id differs from its file name is reported")
    func idMismatch() throws {
        let fixture = try FixtureBase()
        defer { fixture.remove() }
        try fixture.edit("roles/beta.yaml", replacing: "id: beta", with: "id: gamma")
        let issues = try fixture.issues()
        #expect(issues.contains { $0.file == "roles/beta.yaml" && $0.path == "id" && $0.problem.contains("file name") })
    }

    @Test("A folder that does not exist is an error, not an empty base")
    func missingFolder() {
        let loader = KnowledgeBaseLoader(directory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
        #expect(throws: KnowledgeBaseError.self) { try loader.load() }
    }
}

@Suite("Earlier questionnaire versions")
struct QuestionnaireVersionTests {
    @Test("The bundled base keeps 2026.11-1 beside today's version, and answers to it score as they did")
    func bundledKeepsEarlier() throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        let earlier = try #require(base.questionnaire(version: "2026.11-1"))
        let current = try #require(base.questionnaire)
        #expect(current.version != earlier.version)
        #expect(earlier.items.map(\.id) == current.items.map(\.id), "the same items, reworded")
        #expect(earlier.items.first { $0.id == "recognise-speech" }?.text.contains("sentiment") == true)
        #expect(current.items.first { $0.id == "recognise-speech" }?.text.contains("sentiment") == false)
    }

    @Test("A version kept twice, or kept as earlier while current, is reported; distinct versions are not")
    func keptTwice() throws {
        let fixture = try FixtureBase.bundledCopy()
        defer { fixture.remove() }
        #expect(try fixture.issues().isEmpty, "the bundled copy is valid with one earlier version")
        let earlier = try String(
            contentsOf: fixture.directory.appendingPathComponent("assessment-versions/2026.11-1.yaml"), encoding: .utf8)
        try fixture.write("assessment-versions/copy.yaml", earlier)
        #expect(try fixture.issues().map(\.problem) == ["questionnaire version 2026.11-1 is kept more than once"])
        let current = try String(
            contentsOf: fixture.directory.appendingPathComponent("assessment.yaml"), encoding: .utf8)
        try fixture.write("assessment-versions/copy.yaml", current)
        #expect(try fixture.issues().map(\.problem).contains { $0.hasPrefix("questionnaire version 2026.11-2") })
    }
}

@Suite("Interview question banks")
struct InterviewBankTests {
    static func bank(_ fixture: FixtureBase, _ role: String) throws -> String {
        try String(contentsOf: fixture.directory.appendingPathComponent("interview/\(role).yaml"), encoding: .utf8)
    }

    @Test("The bundled banks: at least 40 per role, 50 for the AI PM, every kind and level, no near duplicates")
    func bundled() throws {
        let base = try KnowledgeBaseLoader.bundled().load()
        for role in base.profiledRoles {
            let bank = try #require(base.interviewBank(for: role.id), "\(role.id)")
            #expect(bank.questions.count >= InterviewBank.minimumQuestions(for: role.id), "\(role.id)")
            #expect(Set(bank.questions.map(\.level)) == Set(InterviewQuestion.Level.allCases), "\(role.id)")
            #expect(bank.questions.contains { $0.kind == .behavioural }, "\(role.id)")
            #expect(bank.nearDuplicates().isEmpty, "\(role.id)")
        }
        #expect(base.interviewBank(for: "ai-product-manager")!.questions.count >= 50)
    }

    @Test("Each rule is checked: count, skill ids, points, near duplicates, a bank per role")
    func brokenRules() throws {
        let fixture = try FixtureBase.bundledCopy()
        defer { fixture.remove() }
        let original = try Self.bank(fixture, "ai-engineer")
        let parts = original.components(separatedBy: "\n  - id: ")
        // Too few: the header and three questions.
        try fixture.write("interview/ai-engineer.yaml", parts.prefix(4).joined(separator: "\n  - id: "))
        #expect(try fixture.issues().contains { $0.problem == "3 questions; a profiled role's bank holds at least 40" })
        // An unknown skill, too few points, and a near duplicate of the first question under a new id.
        var broken = original.replacingOccurrences(
            of: "skills: [llms, tokenization]", with: "skills: [llms, tokenisation]")
        let first = parts[1].components(separatedBy: "\n")
        let question = try #require(first.first { $0.contains("question:") })
        broken +=
            "\n  - id: ai-engineer-99\n    kind: technical\n    level: entry\n    skills: [llms]\n\(question)\n"
            + "    points: [\"Only one\", \"Only two\"]\n    sources: [editorial]\n"
        try fixture.write("interview/ai-engineer.yaml", broken)
        let problems = try fixture.issues().map(\.problem)
        #expect(problems.contains { $0.hasPrefix("unknown skill 'tokenisation'") }, "\(problems)")
        #expect(problems.contains { $0.contains("3 to 6 points") }, "\(problems)")
        #expect(
            problems.contains { $0.contains("ai-engineer-01 and ai-engineer-99 are near duplicates") }, "\(problems)")
        // A profiled role without a bank.
        try fixture.write("interview/ai-engineer.yaml", original)
        try FileManager.default.removeItem(at: fixture.directory.appendingPathComponent("interview/nlp-engineer.yaml"))
        #expect(try fixture.issues().map(\.problem) == ["no interview questions for NLP Engineer"])
    }

    @Test("Similarity compares topic words only")
    func similarity() {
        #expect(InterviewBank.similarity("How would you deploy a model?", "Deploy the model, how?") == 1)
        #expect(InterviewBank.similarity("Explain tokens.", "Describe a data pipeline.") == 0)
    }
}
