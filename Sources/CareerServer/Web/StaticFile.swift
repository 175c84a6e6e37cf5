import Foundation
import Hummingbird

/// A file from `Resources/Static` (the stylesheet, the icon), read once and served with caching headers:
/// browsers keep it for a day and revalidate by its ETag.
struct StaticFile: Sendable {
    let bytes: ByteBuffer
    let contentType: String
    let etag: String

    /// The bundled file `name.ext`; without it the program was packaged wrong.
    static func bundled(_ name: String, _ ext: String, contentType: String) -> StaticFile {
        guard let url = Bundle.module.url(forResource: "Static/\(name)", withExtension: ext),
            let data = try? Data(contentsOf: url)
        else { fatalError("\(name).\(ext) is missing from the program's bundle") }
        // A content hash (FNV-1a) names this version of the file, so a changed file is fetched again.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return StaticFile(
            bytes: ByteBuffer(bytes: data), contentType: contentType, etag: "\"\(String(hash, radix: 16))\"")
    }

    /// The file, or 304 when the browser already holds this version.
    func response(to request: Request) -> Response {
        var headers: HTTPFields = [.cacheControl: "public, max-age=86400", .eTag: etag]
        if request.headers[.ifNoneMatch] == etag { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: bytes))
    }
}
