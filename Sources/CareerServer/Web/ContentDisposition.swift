/// A part's `Content-Disposition: form-data; name="..."; filename="..."` header (RFC 7578), read with quoted
/// strings respected, so a file name may hold ";", "=" and escaped quotes.
struct ContentDisposition: Equatable {
    var name: String?
    var filename: String?

    /// Reads the header's value; nil when it is not `form-data`.
    init?(_ value: String) {
        let pieces = Self.split(value)
        guard pieces.first?.lowercased() == "form-data" else { return nil }
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let key = piece[..<equals].trimmingSpaces().lowercased()
            let text = Self.unquoted(String(piece[piece.index(after: equals)...]).trimmingSpaces())
            switch key {
            case "name": name = text
            case "filename": filename = text
            default: break
            }
        }
    }

    /// The boundary named by a `Content-Type: multipart/form-data; boundary=...` header.
    static func boundary(in contentType: String) -> String? {
        let pieces = split(contentType)
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() where piece.lowercased().hasPrefix("boundary=") {
            let boundary = unquoted(String(piece.dropFirst("boundary=".count)))
            return boundary.isEmpty || boundary.utf8.count > 200 ? nil : boundary
        }
        return nil
    }

    /// Splits at semicolons outside quoted strings.
    private static func split(_ value: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in value {
            if escaped {
                escaped = false
            } else if quoted && character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                pieces.append(current.trimmingSpaces())
                current = ""
                continue
            }
            current.append(character)
        }
        pieces.append(current.trimmingSpaces())
        return pieces
    }

    /// A quoted string's content with its backslash escapes undone; a bare token as it is.
    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
