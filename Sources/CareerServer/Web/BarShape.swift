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

    /// A full-width progress bar at `percent`, announced as a progress bar.
    static func progress(_ percent: Int) -> String {
        let percent = min(100, max(0, percent))
        return "<svg class=\"progress\" viewBox=\"0 0 100 1\" preserveAspectRatio=\"none\" role=\"progressbar\" "
            + "aria-label=\"Progress\" aria-valuenow=\"\(percent)\" aria-valuemin=\"0\" aria-valuemax=\"100\">"
            + "<rect width=\"\(percent)\" height=\"1\"/></svg>"
    }
}
