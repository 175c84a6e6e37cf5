import ArgumentParser
import CareerKit
import Foundation

/// `careerfinder bench`: how long loading and validating the knowledge base takes.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure loading and validating the knowledge base; prints median, min and max."
    )

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "How many timed runs (after one warm-up).") var runs = 21

    /// The measured figures, in milliseconds.
    struct Figures: Encodable {
        let benchmark: String
        let runs: Int
        let medianMilliseconds: Double
        let minMilliseconds: Double
        let maxMilliseconds: Double
    }

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() async throws {
        let loader = try kb.loader()
        _ = try loader.load()
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let elapsed = try clock.measure { _ = try loader.load() }
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        times.sort()
        let figures = Figures(
            benchmark: "knowledge base load + validate", runs: runs, medianMilliseconds: times[times.count / 2],
            minMilliseconds: times[0], maxMilliseconds: times[times.count - 1])
        if output.json { return try JSONOutput.print(figures) }
        print(
            "\(figures.benchmark): median \(format(figures.medianMilliseconds)) ms, min \(format(figures.minMilliseconds)) ms, "
                + "max \(format(figures.maxMilliseconds)) ms over \(runs) runs")
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
