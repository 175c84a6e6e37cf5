/// Checks what no single file can: ids are unique across files and every reference names something that exists.
struct CrossReferenceCheck {
    let readers: [DocumentReader]

    func issues() -> [ValidationIssue] {
        let declarations = readers.flatMap(\.declarations)
        var firstSite: [String: IssueSite] = [:]
        var issues: [ValidationIssue] = []
        for declaration in declarations {
            let key = "\(declaration.kind.rawValue):\(declaration.id)"
            if let first = firstSite[key] {
                let place = first.line.map { "\(first.file):\($0)" } ?? first.file
                issues.append(
                    declaration.issueSite.issue(
                        "duplicate \(declaration.kind.rawValue) id '\(declaration.id)' (first declared at \(place))"))
            } else {
                firstSite[key] = declaration.issueSite
            }
        }
        for reference in readers.flatMap(\.references)
        where firstSite["\(reference.kind.rawValue):\(reference.id)"] == nil {
            let known = declarations.filter { $0.kind == reference.kind }.map(\.id)
            let hint = Suggestions.closest(to: reference.id, among: known).first.map { "; did you mean '\($0)'?" } ?? ""
            issues.append(reference.issueSite.issue("unknown \(reference.kind.rawValue) '\(reference.id)'\(hint)"))
        }
        return issues
    }
}
