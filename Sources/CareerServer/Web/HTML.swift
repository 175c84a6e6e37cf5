import CareerKit
import Foundation
import Hummingbird
import Mustache

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

/// The site layout (`Templates/layout.mustache`), loaded once, as the stylesheet is: every page and every error
/// page is wrapped in it. The title is escaped by the template; the body comes from the page's own template.
private let layout: MustacheTemplate = {
    guard let url = Bundle.module.url(forResource: "Templates/layout", withExtension: "mustache"),
        let text = try? String(contentsOf: url, encoding: .utf8), let template = try? MustacheTemplate(string: text)
    else { fatalError("the page layout is missing from the program's bundle") }
    return template
}()

/// A whole HTML page: one layout, one h1, the site navigation, and the content.
struct HTMLPage: ResponseGenerator, RenderedBody {
    let title: String
    /// The page's content, rendered by its template.
    let body: String
    var status: HTTPResponse.Status = .ok

    var contentType: String { "text/html; charset=utf-8" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: renderBody()))
    }

    func renderBody() -> ByteBuffer {
        ByteBuffer(string: layout.render(["title": title, "body": body]))
    }
}

/// Text made safe for a URL's query, e.g. an area name in a link.
func percentEncoded(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
}
