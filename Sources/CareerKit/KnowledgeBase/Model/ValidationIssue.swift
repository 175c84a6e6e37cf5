/// One problem found in a knowledge base: where it is and what is wrong.
public struct ValidationIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file, relative to the knowledge-base folder.
    public var file: String
    /// The line in that file, when known.
    public var line: Int?
    /// Where inside the document, e.g. `dailyTasks[2].sources`; empty for the whole file.
    public var path: String
    public var problem: String

    /// Creates an issue.
    public init(file: String, line: Int? = nil, path: String, problem: String) {
        self.file = file
        self.line = line
        self.path = path
        self.problem = problem
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return path.isEmpty ? "\(place): \(problem)" : "\(place): \(path): \(problem)"
    }
}
