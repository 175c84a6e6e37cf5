/// The result as JSON bytes, written directly: the same document `JSONEncoder` makes with sorted keys (optional
/// fields left out, slashes not escaped), several times faster. A saved result is about 35 KB, mostly its 440
/// contributions, and encoding it was most of the cost of saving an assessment.
extension AssessmentResult {
    /// The JSON document, keys sorted.
    public func jsonBytes() -> [UInt8] {
        var out = JSONWriter()
        out.bytes.reserveCapacity(48 * 1024)
        out.object { out in
            out.key("answeredCount", first: true)
            out.int(answeredCount)
            if let closeCall { out.field("closeCall", closeCall) }
            out.key("itemCount")
            out.int(itemCount)
            out.key("levers")
            out.array(levers) { out, lever in
                out.object { out in
                    out.field("changedAnswer", lever.changedAnswer, first: true)
                    out.field("currentAnswer", lever.currentAnswer)
                    out.field("gapAfter", lever.gapAfter)
                    out.field("gapBefore", lever.gapBefore)
                    out.field("item", lever.item.rawValue)
                    out.field("question", lever.question)
                }
            }
            out.key("nextSteps")
            out.array(nextSteps) { out, step in out.statement(step) }
            out.field("questionnaireVersion", questionnaireVersion)
            out.key("ranking")
            out.array(ranking) { out, fit in
                out.object { out in
                    out.field("baseline", fit.baseline, first: true)
                    out.key("contributions")
                    out.array(fit.contributions) { out, contribution in
                        out.object { out in
                            out.field("answer", contribution.answer, first: true)
                            out.field("item", contribution.item.rawValue)
                            out.field("points", contribution.points)
                            out.field("question", contribution.question)
                            out.field("section", contribution.section)
                        }
                    }
                    out.key("rank")
                    out.int(fit.rank)
                    out.field("role", fit.role.rawValue)
                    out.field("score", fit.score)
                    out.field("title", fit.title)
                }
            }
            out.key("skillGaps")
            out.array(skillGaps) { out, gap in
                out.object { out in
                    out.key("advice", first: true)
                    out.array(gap.advice) { out, advice in out.statement(advice) }
                    out.field("item", gap.item.rawValue)
                    if let rating = gap.rating {
                        out.key("rating")
                        out.int(rating)
                    }
                    out.field("skill", gap.skill)
                    out.key("skills")
                    out.array(gap.skills) { out, skill in out.string(skill.rawValue) }
                }
            }
            out.key("skippedItems")
            out.array(skippedItems) { out, item in out.string(item.rawValue) }
            if let uninformative { out.field("uninformative", uninformative) }
        }
        return out.bytes
    }
}

/// Appends JSON tokens to a byte buffer; the caller writes keys in sorted order.
struct JSONWriter {
    var bytes: [UInt8] = []

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        body(&self)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func array<Element>(_ elements: [Element], _ body: (inout JSONWriter, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            body(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"name":`, after a comma unless it is the object's first key.
    mutating func key(_ name: String, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func field(_ name: String, _ value: String, first: Bool = false) {
        key(name, first: first)
        string(value)
    }

    mutating func field(_ name: String, _ value: Double, first: Bool = false) {
        key(name, first: first)
        double(value)
    }

    mutating func statement(_ statement: Statement) {
        object { out in
            if let note = statement.note { out.field("note", note, first: true) }
            out.key("skills", first: statement.note == nil)
            out.array(statement.skills) { out, skill in out.string(skill.rawValue) }
            out.key("sources")
            out.array(statement.sources) { out, source in out.string(source.rawValue) }
            out.field("text", statement.text)
        }
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// Whole numbers print without a fraction, as JSONEncoder prints them; others in Swift's shortest exact form.
    mutating func double(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            // JSONEncoder keeps the sign of zero: a contribution of -0 prints as "-0".
            if value == 0, value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: String(value.isFinite ? value : 0).utf8)
        }
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most texts need no escaping: copy them whole, which profiling showed is most of the writer's time.
        let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if copied == true {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48])
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 15)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
