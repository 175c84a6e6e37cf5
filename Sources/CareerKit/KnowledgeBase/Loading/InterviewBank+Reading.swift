extension InterviewBank {
    static func read(_ cursor: NodeCursor, expectedRole: String) -> InterviewBank? {
        guard let fields = cursor.fields(["role", "questions"]) else { return nil }
        let roleField = fields.required("role")
        let role = roleField?.reference(to: .role)
        if let role, role != expectedRole { roleField?.report("the file is for '\(expectedRole)', not '\(role)'") }
        var ids = Set<String>()
        let questions =
            fields.required("questions")?.list { item -> InterviewQuestion? in
                guard
                    let entry = item.fields(["id", "kind", "level", "skills", "question", "points", "sources"]),
                    let idField = entry.required("id"), let id = idField.string()
                else { return nil }
                if !ids.insert(id).inserted { idField.report("duplicate question id '\(id)'") }
                let kind = entry.required("kind")?.oneOf(InterviewQuestion.Kind.self)
                let level = entry.required("level")?.oneOf(InterviewQuestion.Level.self)
                let skillsField = entry.required("skills")
                let skills = skillsField?.list { $0.reference(to: .skill) }
                if let skills, !(1...4).contains(skills.count) {
                    skillsField?.report("a question probes 1 to 4 skills, not \(skills.count)")
                }
                let question = entry.required("question")?.string()
                let pointsField = entry.required("points")
                let points = pointsField?.list { $0.string() }
                if let points, !(3...6).contains(points.count) {
                    pointsField?.report("a question lists 3 to 6 points a strong answer covers, not \(points.count)")
                }
                let sources = Statement.readSources(entry)
                guard let kind, let level, let skills, let question, let points, let sources else { return nil }
                return InterviewQuestion(
                    id: id, kind: kind, level: level, skills: skills.map { Skill.ID($0) }, question: question,
                    points: points, sources: sources)
            } ?? []
        guard let role else { return nil }
        let bank = InterviewBank(role: Role.ID(role), questions: questions)
        let minimum = minimumQuestions(for: bank.role)
        if questions.count < minimum {
            cursor.report("\(questions.count) questions; a profiled role's bank holds at least \(minimum)")
        }
        for (first, second, similarity) in bank.nearDuplicates() {
            cursor.report(
                "questions \(first.id) and \(second.id) are near duplicates (\(Int(similarity * 100))% of their words "
                    + "shared; at most \(Int(duplicateThreshold * 100))% allowed)")
        }
        return bank
    }
}
