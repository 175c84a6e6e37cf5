import Foundation
import Hummingbird

/// The one stylesheet (`Resources/Static/style.css`), read once and served with caching headers: browsers keep it
/// for a day and revalidate by its ETag.
struct Stylesheet: Sendable {
    let css: ByteBuffer
    let etag: String

    /// The bundled stylesheet; without it the program was packaged wrong.
    static func bundled() -> Stylesheet {
        guard let url = Bundle.module.url(forResource: "Static/style", withExtension: "css"),
            let data = try? Data(contentsOf: url)
        else { fatalError("the stylesheet is missing from the program's bundle") }
        // A content hash (FNV-1a) names this version of the file, so a changed stylesheet is fetched again.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return Stylesheet(css: ByteBuffer(bytes: data), etag: "\"\(String(hash, radix: 16))\"")
    }

    /// The stylesheet, or 304 when the browser already holds this version.
    func response(to request: Request) -> Response {
        var headers: HTTPFields = [.cacheControl: "public, max-age=86400", .eTag: etag]
        if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = "text/css; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: css))
    }
}
