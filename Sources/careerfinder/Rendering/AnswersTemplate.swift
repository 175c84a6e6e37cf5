import CareerKit

/// An answers file with every question as a comment, ready to fill in and score with `quiz --answers`.
struct AnswersTemplate {
    let questionnaire: Questionnaire

    var text: String {
        var lines = [
            "# \(questionnaire.title), version \(questionnaire.version).",
            "# Replace each 'skip' with your answer; leave 'skip' for an item you cannot judge.",
            "# Score it with: careerfinder quiz --answers THIS-FILE",
            "version: \"\(questionnaire.version)\"",
            "respondent: \"\"",
            "answers:",
        ]
        var section = ""
        for item in questionnaire.items {
            if item.section != section, let info = questionnaire.sections.first(where: { $0.id == item.section }) {
                section = item.section
                lines += ["", "  # == \(info.title): \(info.intro)"]
            }
            lines.append("  # \(item.text)")
            if let scale = item.scale {
                let anchors = (scale.min...scale.max).map { "\($0) = \(scale.anchor($0))" }
                lines.append("  #   " + anchors.joined(separator: ", "))
            } else {
                lines.append("  #   one of: " + item.options.map { "\($0.id) (\($0.text))" }.joined(separator: ", "))
            }
            lines.append("  \(item.id): skip")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
