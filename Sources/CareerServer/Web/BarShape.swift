/// Bars drawn as SVG and sized by attributes, so no page needs an inline style and the content security policy can
/// forbid them.
enum BarShape {
    /// A bar `length` pixels long beside a printed figure (fit scores, coverage); hidden from screen readers, who
    /// hear the figure.
    static func pixels(_ length: Int) -> String {
        let length = max(0, length)
        return "<svg class=\"bar\" width=\"\(length)\" height=\"16\" aria-hidden=\"true\">"
            + "<rect width=\"\(length)\" height=\"16\"/></svg>"
    }

    /// A score from 0 to 100 as a bar on a track that stretches to the row's width, so every row of a ranking
    /// shares one axis; hidden from screen readers, who hear the score.
    static func track(_ score: Double) -> String {
        let length = Int((min(100, max(0, score)) * 10).rounded())
        return "<svg class=\"track\" viewBox=\"0 0 1000 20\" preserveAspectRatio=\"none\" aria-hidden=\"true\" "
            + "focusable=\"false\"><rect y=\"3\" width=\"\(length)\" height=\"14\"/></svg>"
    }

    /// A full-width progress bar at `percent`, announced as a progress bar.
    static func progress(_ percent: Int) -> String {
        let percent = min(100, max(0, percent))
        return "<svg class=\"progress\" viewBox=\"0 0 100 1\" preserveAspectRatio=\"none\" role=\"progressbar\" "
            + "aria-label=\"Progress\" aria-valuenow=\"\(percent)\" aria-valuemin=\"0\" aria-valuemax=\"100\">"
            + "<rect width=\"\(percent)\" height=\"1\"/></svg>"
    }
}
