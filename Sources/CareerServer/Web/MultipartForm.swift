import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578), which browsers send when a form uploads a file.
struct MultipartForm {
    /// One part: a field's name, the file name when it is an upload, and its bytes.
    struct Part {
        let name: String
        let filename: String?
        let data: Data
    }

    let parts: [Part]

    /// Parses `body` split by `boundary`; nil when the body is not multipart with that boundary.
    init?(_ body: [UInt8], boundary: String) {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard body.starts(with: delimiter) else { return nil }
        var parts: [Part] = []
        var index = delimiter.count
        while true {
            let rest = body[index...]
            if rest.starts(with: Array("--".utf8)) { break }
            guard rest.starts(with: Array("\r\n".utf8)) else { return nil }
            let partStart = index + 2
            guard let end = body[partStart...].firstRange(of: separator) else { return nil }
            guard let part = Self.part(body[partStart..<end.lowerBound]) else { return nil }
            parts.append(part)
            index = end.upperBound
        }
        self.parts = parts
    }

    /// The boundary named by a `Content-Type: multipart/form-data; boundary=...` header.
    static func boundary(in contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            return String(piece.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    private static func part(_ bytes: ArraySlice<UInt8>) -> Part? {
        guard let headerEnd = bytes.firstRange(of: Array("\r\n\r\n".utf8)),
            let headers = String(bytes: bytes[..<headerEnd.lowerBound], encoding: .utf8)
        else { return nil }
        var name: String?
        var filename: String?
        for line in headers.components(separatedBy: "\r\n")
        where line.lowercased().hasPrefix("content-disposition:") {
            name = parameter("name", in: line)
            filename = parameter("filename", in: line)
        }
        guard let name else { return nil }
        return Part(name: name, filename: filename, data: Data(bytes[headerEnd.upperBound...]))
    }

    /// A quoted parameter such as `name="text"` of a header line.
    private static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            guard pair.hasPrefix(key + "=") else { continue }
            let value = pair.dropFirst(key.count + 1)
            return value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2
                ? String(value.dropFirst().dropLast()) : String(value)
        }
        return nil
    }
}
