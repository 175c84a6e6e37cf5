import CareerKit
import Hummingbird

/// Escapes text for HTML element content and attribute values.
func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}

/// A whole HTML page: one layout, one h1, the site navigation, and the content.
struct HTMLPage: ResponseGenerator {
    let title: String
    let body: String
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let html = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · AI Career Finder</title>
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>
            <header><nav aria-label="Main"><a href="/">AI Career Finder</a> <a href="/assessment">Assessment</a> \
            <a href="/roles">Roles</a> <a href="/compare">Compare</a> <a href="/salaries">Salaries</a> \
            <a href="/analyze">Analyze</a> <a href="/sources">Sources</a></nav></header>
            <main>
            <h1>\(escape(title))</h1>
            \(body)
            </main>
            <footer><p>Every statement names its source; see <a href="/sources">Sources</a>.</p></footer>
            </body>
            </html>
            """
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// Source ids as small links to the sources page.
func sourceTags(_ sources: [some CustomStringConvertible]) -> String {
    let links = sources.map { "<a href=\"/sources#\(escape($0.description))\">\(escape($0.description))</a>" }
    return "<span class=\"src\">[" + links.joined(separator: ", ") + "]</span>"
}

/// A list of statements with their sources.
func statementList(_ statements: [Statement], ordered: Bool = false) -> String {
    let tag = ordered ? "ol" : "ul"
    let items = statements.map { "<li>\(escape($0.text)) \(sourceTags($0.sources))</li>" }.joined()
    return "<\(tag)>\(items)</\(tag)>"
}
