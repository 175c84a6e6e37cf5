import Yams

/// Reads one YAML file node by node, collecting every problem instead of stopping at the first,
/// and noting every id the file declares or refers to so they can be checked across files.
final class DocumentReader {
    let file: String
    private(set) var issues: [ValidationIssue] = []
    private(set) var declarations: [Declaration] = []
    private(set) var references: [Reference] = []

    init(file: String) { self.file = file }

    /// Parses the text; a syntax error is recorded and nil returned.
    func root(of text: String) -> NodeCursor? {
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                report("the file is empty", path: "", line: nil)
                return nil
            }
            return NodeCursor(node: node, path: "", reader: self)
        } catch let error as YamlError {
            report("not valid YAML: \(Self.summary(of: error))", path: "", line: Self.line(of: error))
            return nil
        } catch {
            report("not valid YAML: \(error)", path: "", line: nil)
            return nil
        }
    }

    func report(_ problem: String, path: String, line: Int?) {
        issues.append(ValidationIssue(file: file, line: line, path: path, problem: problem))
    }

    func declare(_ kind: EntityKind, _ id: String, at cursor: NodeCursor) {
        declarations.append(Declaration(kind: kind, id: id, issueSite: cursor.site))
    }

    func refer(to kind: EntityKind, _ id: String, at cursor: NodeCursor) {
        references.append(Reference(kind: kind, id: id, issueSite: cursor.site))
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        case .duplicatedKeysInMapping(let duplicates, _): "duplicate keys \(duplicates.joined(separator: ", "))"
        default: "\(error)"
        }
    }
}

/// The kinds of entity that files declare and refer to by id.
enum EntityKind: String {
    case source, skill, role, ladder
}

/// A place in a file where an issue about it would be reported.
struct IssueSite {
    let file: String
    let path: String
    let line: Int?

    func issue(_ problem: String) -> ValidationIssue {
        ValidationIssue(file: file, line: line, path: path, problem: problem)
    }
}

/// An id a file defines.
struct Declaration {
    let kind: EntityKind
    let id: String
    let issueSite: IssueSite
}

/// An id a file uses, to be resolved once every file is read.
struct Reference {
    let kind: EntityKind
    let id: String
    let issueSite: IssueSite
}
