import Foundation
import Yams

/// Why an answers file was refused; every offending item is listed, not only the first.
public struct AnswerSheetError: Error, Sendable, CustomStringConvertible {
    public let problems: [String]

    public var description: String {
        // A hostile file could name thousands of bad items; a person needs the first few and the count.
        let shown = problems.prefix(20).joined(separator: "; ")
        let more = problems.count > 20 ? "; and \(problems.count - 20) more" : ""
        return problems.count == 1
            ? "invalid answers: \(problems[0])"
            : "invalid answers (\(problems.count) problems): " + shown + more
    }
}

extension AnswerSheet {
    /// The largest answers file read; a complete one is about 3 KB.
    public static let maximumBytes = 100_000

    /// The questionnaire version an answers file says it answers, if it says one.
    public static func version(of text: String) -> String? {
        guard text.utf8.count <= maximumBytes else { return nil }
        return (FlatAnswersFile(text) ?? (try? composed(text)))?.version
    }

    /// Reads an answers file (YAML or JSON): `version`, optional `respondent`, and `answers` by item id, where
    /// a rated item takes a whole number on its scale, a choice item an option id, and `skip` (or null) skips.
    /// Items left out count as skipped.
    public static func parse(_ text: String, for questionnaire: Questionnaire) throws(AnswerSheetError) -> AnswerSheet {
        guard text.utf8.count <= maximumBytes else {
            throw AnswerSheetError(problems: [
                "the file is over \(maximumBytes / 1000) KB; a complete answers file is a few KB"
            ])
        }
        // Most files are flat "key: value" lines (what `yaml(for:)` writes and what the web form sends): read those
        // directly; anything else (JSON, flow mappings, anchors) goes through Yams. Both give the same fields.
        let document: FlatAnswersFile
        if let flat = FlatAnswersFile(text) { document = flat } else { document = try Self.composed(text) }
        var problems: [String] = []
        for key in document.unknownKeys {
            problems.append("unknown key '\(key)' (expected version, respondent, answers)")
        }
        let version = document.version
        if version == nil {
            problems.append("missing 'version' (this questionnaire is version \(questionnaire.version))")
        } else if version != questionnaire.version {
            problems.append(
                "answers are for questionnaire version \(version!), but this is version \(questionnaire.version); "
                    + "run 'careerfinder quiz --template' for a current file")
        }
        var sheet = AnswerSheet.blank(for: questionnaire)
        sheet = AnswerSheet(version: questionnaire.version, respondent: document.respondent, answers: sheet.answers)
        switch document.answers {
        case .missing:
            problems.append("missing 'answers'")
        case .notAMapping:
            problems.append("'answers' must map item ids to answers")
        case .given(let given):
            guard given.count <= 2 * questionnaire.items.count else {
                throw AnswerSheetError(problems: [
                    "\(given.count) answers, but the questionnaire has \(questionnaire.items.count) items"
                ])
            }
            for (id, value) in given {
                guard let index = questionnaire.index(of: Item.ID(id)) else {
                    let ids = questionnaire.items.map(\.id.rawValue)
                    let hint = Suggestions.closest(to: id, among: ids, limit: 1).first.map {
                        " (did you mean '\($0)'?)"
                    }
                    problems.append("unknown item '\(id)'\(hint ?? "")")
                    continue
                }
                switch questionnaire.items[index].read(value) {
                case .success(let answer): sheet.answers[index] = answer
                case .failure(let problem): problems.append("\(id): \(problem.message)")
                }
            }
        }
        guard problems.isEmpty else { throw AnswerSheetError(problems: problems) }
        return sheet
    }
}

extension AnswerSheet {
    /// An answers file read by Yams, as the fields `parse` checks.
    static func composed(_ text: String) throws(AnswerSheetError) -> FlatAnswersFile {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw AnswerSheetError(problems: ["the file is empty"])
            }
            root = node
        } catch let error as AnswerSheetError {
            throw error
        } catch {
            throw AnswerSheetError(problems: ["not valid YAML or JSON"])
        }
        guard case .mapping(let mapping) = root else {
            throw AnswerSheetError(problems: ["expected keys 'version' and 'answers' at the top"])
        }
        var file = FlatAnswersFile(version: mapping["version"]?.string, respondent: mapping["respondent"]?.string)
        file.unknownKeys = mapping.keys.compactMap { key in
            ["version", "respondent", "answers"].contains(key.string ?? "") ? nil : key.string ?? "?"
        }
        if let answers = mapping["answers"] {
            if case .mapping(let given) = answers {
                file.answers = .given(
                    given.map { key, value in
                        guard case .scalar(let scalar) = value else { return (key.string ?? "?", .notAScalar) }
                        return (key.string ?? "?", .scalar(scalar.string, plain: scalar.style == .plain))
                    })
            } else if answers.scalar?.string.isEmpty == false {
                file.answers = .notAMapping
            } else {
                file.answers = .given([])
            }
        }
        return file
    }
}

/// One item's answer that cannot be used.
struct AnswerProblem: Error {
    let message: String
}

extension Item {
    /// Reads one answer value for this item.
    fileprivate func read(_ value: FlatAnswersFile.Value) -> Result<Answer, AnswerProblem> {
        guard case .scalar(let raw, let plain) = value else {
            return .failure(AnswerProblem(message: "expected a single value"))
        }
        // Foundation's trimming showed in the save profile; answers are short, and spaces and tabs are all YAML leaves.
        let text =
            raw.first == " " || raw.last == " " || raw.first == "\t" || raw.last == "\t"
            ? raw.trimmingCharacters(in: .whitespaces) : raw
        if plain, ["", "~", "null", "skip", "skipped"].contains(text.lowercased()) {
            return .success(.skipped)
        }
        if let scale {
            guard let value = Int(text) else {
                return .failure(
                    AnswerProblem(message: "expected a whole number from \(scale.min) to \(scale.max), got '\(text)'"))
            }
            guard (scale.min...scale.max).contains(value) else {
                return .failure(AnswerProblem(message: "\(value) is outside \(scale.min)-\(scale.max)"))
            }
            return .success(.value(value))
        }
        guard options.contains(where: { $0.id == text }) else {
            let ids = options.map(\.id).joined(separator: ", ")
            return .failure(AnswerProblem(message: "'\(text)' is not one of the options: \(ids)"))
        }
        return .success(.choice(text))
    }
}

extension AnswerSheet {
    /// The sheet as an answers file that `parse` reads back.
    public func yaml(for questionnaire: Questionnaire) -> String {
        var lines = ["version: \"\(version)\""]
        if let respondent { lines.append("respondent: \(quoted(respondent))") }
        lines.append("answers:")
        for (item, answer) in zip(questionnaire.items, answers) {
            let value: String
            switch answer {
            case .skipped: value = "skip"
            case .value(let number): value = String(number)
            case .choice(let id): value = quoted(id)
            }
            lines.append("  \(item.id): \(value)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
