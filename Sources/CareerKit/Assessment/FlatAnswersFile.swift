/// The fields of an answers file, and a reader for the flat shape most files have: `version: "..."`,
/// `respondent: "..."`, `answers:`, then one `  item-id: value` line per answer, with comments and blank lines.
/// Any other shape is left to Yams (`AnswerSheet.composed`), which yields the same fields.
struct FlatAnswersFile {
    /// One answer as written: a scalar (plain, or quoted) or anything else.
    enum Value {
        case scalar(String, plain: Bool)
        case notAScalar
    }

    /// The `answers` key: absent, not a mapping, or its entries in file order.
    enum Answers {
        case missing, notAMapping
        case given([(String, Value)])
    }

    var version: String?
    var respondent: String?
    var unknownKeys: [String] = []
    var answers = Answers.missing

    init(version: String?, respondent: String?) {
        self.version = version
        self.respondent = respondent
    }

    /// Reads the flat shape; nil for anything else, so that Yams decides. Works on bytes: the shape is ASCII
    /// around the values, and reading Characters cost more than Yams itself in the save profile.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        var inAnswers = false
        var sawAnswers = false
        var given: [(String, Value)] = []
        var seen = Set<String>()
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 13 { end -= 1 }
            var start = lineStart
            while start < end, bytes[start] == 32 { start += 1 }
            if start == end || bytes[start] == 35 { continue }
            let indented = start != lineStart
            var colon = start
            while colon < end, Self.isKeyByte(bytes[colon]) { colon += 1 }
            guard colon > start, colon < end, bytes[colon] == 58 else { return nil }
            let key = String(decoding: bytes[start..<colon], as: UTF8.self)
            guard seen.insert((indented ? " " : "") + key).inserted else { return nil }
            var valueStart = colon + 1
            guard valueStart == end || bytes[valueStart] == 32 else { return nil }
            while valueStart < end, bytes[valueStart] == 32 { valueStart += 1 }
            guard let value = Self.scalar(bytes[valueStart..<end]) else { return nil }
            if indented {
                guard inAnswers, let value else { return nil }
                given.append((key, value))
                continue
            }
            inAnswers = false
            switch key {
            case "answers":
                guard value == nil else { return nil }
                inAnswers = true
                sawAnswers = true
            case "version", "respondent":
                guard case .scalar(let text, _) = value else { return nil }
                if key == "version" { version = text } else { respondent = text }
            default:
                unknownKeys.append(key)
            }
        }
        guard !seen.isEmpty else { return nil }
        if sawAnswers { answers = .given(given) }
    }

    /// Item ids and the top keys: ASCII letters, digits, "-" and "_".
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte == 45
            || byte == 95
    }

    /// A value: nothing (a nested block follows), a double-quoted string with \" and \\ escapes, or a plain word
    /// with no YAML syntax in it, each optionally followed by " # comment". `.some(nil)` is "nothing"; nil means
    /// not flat.
    private static func scalar(_ bytes: ArraySlice<UInt8>) -> Value?? {
        guard let first = bytes.first else { return .some(nil) }
        if first == 34 {
            var result: [UInt8] = []
            var index = bytes.startIndex + 1
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == 92 {
                    let next = index + 1
                    guard next < bytes.endIndex, bytes[next] == 34 || bytes[next] == 92 else { return nil }
                    result.append(bytes[next])
                    index = next + 1
                    continue
                }
                if byte == 34 {
                    // After the closing quote: nothing, or spaces and a comment.
                    var rest = index + 1
                    while rest < bytes.endIndex, bytes[rest] == 32 { rest += 1 }
                    guard rest == bytes.endIndex || (bytes[rest] == 35 && rest > index + 1) else { return nil }
                    return .scalar(String(decoding: result, as: UTF8.self), plain: false)
                }
                result.append(byte)
                index += 1
            }
            return nil
        }
        if first == 35 { return .some(nil) }
        var end = bytes.endIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 35, index > bytes.startIndex, bytes[index - 1] == 32 {
                end = index
                break
            }
            // YAML syntax a plain word may not hold here: quotes, brackets, braces, flow and block markers.
            if [39, 123, 125, 91, 93, 44, 38, 42, 33, 124, 62, 37, 64, 96, 34, 58, 35, 9].contains(byte) { return nil }
            index += 1
        }
        while end > bytes.startIndex, bytes[end - 1] == 32 { end -= 1 }
        if end == bytes.startIndex { return .some(nil) }
        return .scalar(String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self), plain: true)
    }
}
