/// Word wrapping and columns for a fixed-width terminal.
enum TextLayout {
    /// The text broken into lines of at most `width` characters; over-long words are cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A bullet item wrapped with a hanging indent.
    static func bullet(_ text: String, width: Int, marker: String = "• ") -> [String] {
        let indent = String(repeating: " ", count: marker.count)
        return wrap(text, width: width - marker.count).enumerated().map { ($0 == 0 ? marker : indent) + $1 }
    }

    /// Cells laid out side by side, each padded to its column's width.
    static func row(_ cells: [[String]], widths: [Int], gap: String = "  ") -> [String] {
        let height = cells.map(\.count).max() ?? 0
        return (0..<height).map { index in
            zip(cells, widths).map { cell, width in pad(index < cell.count ? cell[index] : "", to: width) }
                .joined(separator: gap).trimmingTrailingSpaces()
        }
    }

    static func pad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
