import Foundation
import Mustache

/// The page templates (`Resources/Templates/*.mustache`), loaded once. Mustache escapes every `{{value}}`, so text
/// people typed or the knowledge base holds cannot break out of the page; only `{{{...}}}` is raw, and templates
/// use it for nothing a person typed.
struct PageTemplates: Sendable {
    let library: MustacheLibrary

    /// Loads every template in the bundled folder; a template that does not parse stops the server at start.
    static func bundled() throws -> PageTemplates {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".mustache")
        }
        for name in names.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        return PageTemplates(library: library)
    }

    /// The body of a page from its template and view; an unknown template name is a programming error.
    func render(_ template: String, _ view: Any) -> String {
        guard let text = library.render(view, withTemplate: template) else {
            preconditionFailure("no template named \(template)")
        }
        return text
    }
}
