import CareerKit
import Foundation

/// The interactive questionnaire: one item at a time with progress, going back, skipping and stopping.
struct QuizSession {
    let questionnaire: Questionnaire
    /// Where answers come from; nil means the input has ended.
    var readLine: () -> String? = { Swift.readLine() }

    /// The answered sheet, or nil when the person stopped before the end.
    func run() -> AnswerSheet? {
        StopSignal.install()
        var sheet = AnswerSheet.blank(for: questionnaire)
        let items = questionnaire.items
        print(
            "\(questionnaire.title): \(items.count) items, about \(questionnaire.minutesToComplete) minutes.\n"
                + "Answer with a number. Enter or 's' skips, 'b' goes back, 'q' stops.")
        var index = 0
        var section = ""
        while index < items.count {
            let item = items[index]
            if item.section != section, let info = questionnaire.sections.first(where: { $0.id == item.section }) {
                section = item.section
                print("\n== \(info.title) ==\n\(info.intro)")
            }
            print("\n" + progress(index))
            print(item.text)
            print(choices(for: item))
            if sheet.answers[index] != .skipped { print("(current answer: \(item.describe(sheet.answers[index])))") }
            print("> ", terminator: "")
            fflush(nil)  // the prompt has no newline, so push it out before waiting
            guard let line = readLine() else { return stop(at: index, reason: "the input ended") }
            switch Command(line, item: item) {
            case .answer(let answer):
                sheet.answers[index] = answer
                index += 1
            case .skip:
                sheet.answers[index] = .skipped
                index += 1
            case .back:
                if index == 0 { print("This is the first item.") } else { index -= 1 }
            case .quit:
                return stop(at: index, reason: "you stopped")
            case .invalid(let message):
                print(message)
            }
        }
        let skipped = sheet.answers.filter { $0 == .skipped }.count
        print("\nDone: \(items.count - skipped) answered, \(skipped) skipped.\n")
        return sheet
    }

    private func stop(at index: Int, reason: String) -> AnswerSheet? {
        print("\nStopped at item \(index + 1) of \(questionnaire.items.count) (\(reason)); no result was produced.")
        return nil
    }

    private func progress(_ index: Int) -> String {
        let total = questionnaire.items.count, width = 30
        let filled = width * index / total
        return "\(index + 1)/\(total) [" + String(repeating: "#", count: filled)
            + String(repeating: ".", count: width - filled) + "]"
    }

    private func choices(for item: Item) -> String {
        if let scale = item.scale {
            return "  " + (scale.min...scale.max).map { "\($0) \(scale.anchor($0))" }.joined(separator: "   ")
        }
        return item.options.enumerated().map { "  \($0 + 1) \($1.text)" }.joined(separator: "\n")
    }

    /// What one line of input asks for.
    enum Command {
        case answer(Answer), skip, back, quit, invalid(String)

        init(_ line: String, item: Item) {
            let text = line.trimmingCharacters(in: .whitespaces).lowercased()
            switch text {
            case "", "s", "skip": self = .skip
            case "b", "back": self = .back
            case "q", "quit", "exit": self = .quit
            default:
                guard let number = Int(text) else {
                    self = .invalid("Please type a number, or s, b or q.")
                    return
                }
                if let scale = item.scale {
                    self =
                        (scale.min...scale.max).contains(number)
                        ? .answer(.value(number)) : .invalid("Please type a number from \(scale.min) to \(scale.max).")
                } else {
                    self =
                        item.options.indices.contains(number - 1)
                        ? .answer(.choice(item.options[number - 1].id))
                        : .invalid("Please type a number from 1 to \(item.options.count).")
                }
            }
        }
    }
}

/// Ctrl-C during the quiz ends it with a short message instead of a half-drawn prompt.
enum StopSignal {
    static func install() {
        signal(SIGINT) { _ in
            let message = "\nStopped (Ctrl-C); no result was produced.\n"
            _ = message.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
            _exit(130)
        }
    }
}
