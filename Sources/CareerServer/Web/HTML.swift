import CareerKit
import Foundation
import Hummingbird

/// Escapes text for HTML element content and attribute values.
func escape(_ text: String) -> String {
    // Byte-wise: the five special characters are ASCII, so UTF-8 sequences pass through untouched, and most texts
    // have none of them and are returned as they are.
    let utf8 = text.utf8
    guard utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16)
    for byte in utf8 {
        switch byte {
        case 38: out += "&amp;".utf8
        case 60: out += "&lt;".utf8
        case 62: out += "&gt;".utf8
        case 34: out += "&quot;".utf8
        case 39: out += "&#39;".utf8
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// A whole HTML page: one layout, one h1, the site navigation, and the content.
struct HTMLPage: ResponseGenerator, RenderedBody {
    let title: String
    let body: String
    var status: HTTPResponse.Status = .ok

    var contentType: String { "text/html; charset=utf-8" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: renderBody()))
    }

    func renderBody() -> ByteBuffer {
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
            <a href="/roles">Roles</a> <a href="/compare">Compare</a> <a href="/salaries">Salaries</a> <a href="/path">Paths</a> \
            <a href="/analyze">Analyze</a> <a href="/match">Match</a> <a href="/sources">Sources</a></nav></header>
            <main>
            <h1>\(escape(title))</h1>
            \(body)
            </main>
            <footer><p>Every statement names its source; see <a href="/sources">Sources</a>.</p></footer>
            </body>
            </html>
            """
        return ByteBuffer(string: html)
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

/// Text made safe for a URL's query, e.g. an area name in a link.
func percentEncoded(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
}
