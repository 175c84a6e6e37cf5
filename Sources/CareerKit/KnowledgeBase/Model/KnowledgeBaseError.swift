/// Why a knowledge base could not be used.
public enum KnowledgeBaseError: Error, Sendable, CustomStringConvertible {
    /// The folder does not exist or is not a folder.
    case notAFolder(String)
    /// The knowledge base has these problems, all of them.
    case invalid([ValidationIssue])
    /// The bundled knowledge base is missing from the installation.
    case bundleMissing

    public var description: String {
        switch self {
        case .notAFolder(let path): "knowledge base folder not found: \(path)"
        case .invalid(let issues):
            "the knowledge base has \(issues.count) problem\(issues.count == 1 ? "" : "s"):\n"
                + issues.map { "  \($0)" }.joined(separator: "\n")
        case .bundleMissing: "the bundled knowledge base is missing from this installation"
        }
    }
}
