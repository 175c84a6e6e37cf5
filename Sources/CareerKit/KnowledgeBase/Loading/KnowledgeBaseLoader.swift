import Foundation

/// Reads a knowledge-base folder and validates it on every load.
public struct KnowledgeBaseLoader: Sendable {
    /// The folder holding `sources.yaml`, `skills.yaml`, `roles/` and the rest.
    public let directory: URL

    /// A loader for a knowledge-base folder.
    public init(directory: URL) { self.directory = directory }

    /// A loader for the knowledge base that ships with the app.
    public static func bundled() throws(KnowledgeBaseError) -> KnowledgeBaseLoader {
        guard let url = Bundle.module.url(forResource: "KnowledgeBase", withExtension: nil) else {
            throw .bundleMissing
        }
        return KnowledgeBaseLoader(directory: url)
    }

    /// Loads and validates, throwing every problem at once when there are any.
    public func load() throws(KnowledgeBaseError) -> KnowledgeBase {
        let (base, issues) = try read()
        guard issues.isEmpty else { throw .invalid(issues) }
        return base
    }

    /// Every problem in the folder; empty when it is valid.
    public func validate() throws(KnowledgeBaseError) -> [ValidationIssue] { try read().issues }

    private func read() throws(KnowledgeBaseError) -> (base: KnowledgeBase, issues: [ValidationIssue]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue
        else { throw .notAFolder(directory.path) }

        // The skill taxonomy is the largest file by far: parse it on the other core meanwhile.
        let skillsJob = BackgroundJob { readList("skills.yaml", Skill.read) }
        var readers: [DocumentReader] = []
        var issues: [ValidationIssue] = []
        func each<Item>(_ file: String, _ item: (NodeCursor) -> Item?) -> [Item] {
            let (reader, items) = readList(file, item)
            readers.append(reader)
            return items
        }
        let sources = each("sources.yaml", Source.read)
        let positions = each("ladder-roles.yaml", Role.readPosition)
        let tables = each("salaries.yaml", SalaryTable.read)
        let ladders = each("ladders.yaml", Ladder.read)
        let questionnaire = optionalDocument("assessment.yaml", readers: &readers, Questionnaire.read)
        var earlier: [Questionnaire] = []
        for name in fileNames(in: "assessment-versions") {
            earlier +=
                optionalDocument("assessment-versions/\(name)", readers: &readers, Questionnaire.read).map { [$0] }
                ?? []
        }
        let requirementsFile = "skill-requirements.yaml"
        let requirements =
            FileManager.default.fileExists(atPath: directory.appendingPathComponent(requirementsFile).path)
            ? each(requirementsFile, RoleRequirements.read) : []
        let (wages, wageIssues) = WageStatistics.read(from: directory)
        issues += wageIssues
        let knownCodes = Set(wages.occupations.map(\.id))
        let mappingsFile = "occupations.yaml"
        let mappings =
            FileManager.default.fileExists(atPath: directory.appendingPathComponent(mappingsFile).path)
            ? each(mappingsFile) { OccupationMapping.read($0, knownCodes: knownCodes) } : []
        let moves = optionalDocument("career-moves.yaml", readers: &readers, CareerMoves.read)
        let learning =
            optionalDocument("skill-learning.yaml", readers: &readers, LearningEstimates.read) ?? .none
        var interviews: [InterviewBank] = []
        for name in fileNames(in: "interview") {
            let role = String(name.dropLast(".yaml".count))
            interviews +=
                optionalDocument("interview/\(name)", readers: &readers) { InterviewBank.read($0, expectedRole: role) }
                .map { [$0] } ?? []
        }
        let signalsFile = "posting-signals.yaml"
        let signals =
            FileManager.default.fileExists(atPath: directory.appendingPathComponent(signalsFile).path)
            ? each(signalsFile, PostingSignals.read) : []
        var profiled: [Role] = []
        for name in roleFileNames(issues: &issues) {
            let reader = DocumentReader(file: "roles/\(name)")
            readers.append(reader)
            let expected = String(name.dropLast(".yaml".count))
            if let text = readText("roles/\(name)", into: reader), let root = reader.root(of: text),
                let role = Role.readProfiled(root, expectedID: expected)
            {
                profiled.append(role)
            }
        }
        let (skillsReader, skills) = skillsJob.result()
        readers.insert(skillsReader, at: min(1, readers.count))
        let base = KnowledgeBase(
            sources: sources, skills: skills, roles: profiled + positions, salaryTables: tables, ladders: ladders,
            questionnaire: questionnaire, requirements: requirements, wages: wages, occupationMappings: mappings,
            careerMoves: moves, earlierQuestionnaires: earlier, postingSignals: signals, learning: learning,
            interviews: interviews)
        issues += readers.flatMap(\.issues)
        issues += CrossReferenceCheck(readers: readers).issues()
        issues += CoverageCheck(base: base).issues()
        issues += PathwayCheck(base: base).issues()
        issues += Self.versionIssues(current: questionnaire, earlier: earlier)
        // With interview questions at all, every profiled role has its bank.
        if !fileNames(in: "interview").isEmpty {
            for role in profiled where !interviews.contains(where: { $0.role == role.id }) {
                issues.append(
                    ValidationIssue(
                        file: "interview/", path: role.id.rawValue, problem: "no interview questions for \(role.title)")
                )
            }
        }
        issues += SkillRelationCheck(skills: skills).issues()
        return (base, issues)
    }

    /// Reads a file holding a list, with the reader that noted its problems and ids.
    private func readList<Item>(_ file: String, _ item: (NodeCursor) -> Item?) -> (DocumentReader, [Item]) {
        let reader = DocumentReader(file: file)
        guard let text = readText(file, into: reader), let root = reader.root(of: text) else { return (reader, []) }
        return (reader, root.list(item) ?? [])
    }

    /// A file the knowledge base may go without; read and validated like the others when present.
    private func optionalDocument<Document>(
        _ file: String, readers: inout [DocumentReader], _ read: (NodeCursor) -> Document?
    ) -> Document? {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path) else { return nil }
        let reader = DocumentReader(file: file)
        readers.append(reader)
        guard let text = readText(file, into: reader), let root = reader.root(of: text) else { return nil }
        return read(root)
    }

    private func readText(_ file: String, into reader: DocumentReader) -> String? {
        let url = directory.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            reader.report("file not found", path: "", line: nil)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            reader.report("not UTF-8 text", path: "", line: nil)
            return nil
        }
        return text
    }

    /// The YAML files of an optional folder, in name order; none when the folder is absent.
    private func fileNames(in folder: String) -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path))
        return (names ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// Each questionnaire version may be kept once: two files claiming one version would score old answers two ways.
    static func versionIssues(current: Questionnaire?, earlier: [Questionnaire]) -> [ValidationIssue] {
        var seen = Set(current.map { [$0.version] } ?? [])
        return earlier.compactMap { questionnaire in
            guard seen.insert(questionnaire.version).inserted else {
                return ValidationIssue(
                    file: "assessment-versions/", path: "version",
                    problem: "questionnaire version \(questionnaire.version) is kept more than once")
            }
            return nil
        }
    }

    private func roleFileNames(issues: inout [ValidationIssue]) -> [String] {
        let folder = directory.appendingPathComponent("roles")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            issues.append(ValidationIssue(file: "roles/", path: "", problem: "folder not found"))
            return []
        }
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }
}
