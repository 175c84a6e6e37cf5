import ArgumentParser
import CareerKit
import Foundation

/// `careerfinder bench`: how long the core's hot paths take, as median, min and max over several runs.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure loading the knowledge base and scoring assessments; prints median, min and max.",
        discussion: "Build with -c release for figures that mean something.")

    /// The benchmarks this command can run.
    enum Benchmark: String, CaseIterable, ExpressibleByArgument {
        case kb, assessment, extraction
    }

    @OptionGroup var kb: KnowledgeBaseOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "How many timed runs of each benchmark (after one warm-up).") var runs = 21
    @Option(help: "Run only this benchmark: kb, assessment or extraction.") var only: Benchmark?
    @Option(help: "A folder of .txt/.md texts for the extraction benchmark (e.g. the test corpus).")
    var texts: String?

    /// One benchmark's figures.
    struct Figures: Encodable {
        let benchmark: String
        let unit: String
        let runs: Int
        let median: Double
        let min: Double
        let max: Double
    }

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() async throws {
        let loader = try kb.loader()
        let base = try loader.load()
        var results: [Figures] = []
        if only == nil || only == .kb {
            results.append(measure("knowledge base load + validate", unit: "ms", scale: 1e3) { _ = try loader.load() })
        }
        if only == nil || only == .assessment, let scorer = AssessmentScorer(base: base) {
            var generator = SplitMix64(seed: 1)
            let sheets = (0..<1000).map { _ in scorer.questionnaire.randomSheet(using: &generator) }
            results.append(
                measure("assessment: scores + ranking per submission", unit: "µs", scale: 1e6 / 1000) {
                    for sheet in sheets { _ = scorer.scores(sheet).enumerated().sorted { $0.element > $1.element } }
                })
            results.append(
                measure("assessment: full explained result per submission", unit: "µs", scale: 1e6 / 1000) {
                    for sheet in sheets { _ = scorer.assess(sheet) }
                })
        }
        if only == nil || only == .extraction, let texts {
            let documents = try TextFolder.read(texts)
            let extractor = base.makeSkillExtractor()
            let bytes = documents.reduce(0) { $0 + $1.utf8.count }
            // Enough passes over the texts for each timed run to last a few milliseconds at least.
            let passes = max(1, 4_000_000 / max(1, bytes))
            let megabytes = Double(bytes * passes) / 1e6
            results.append(
                measure(
                    "skill extraction throughput (\(documents.count) texts, \(bytes) bytes)", unit: "MB/s",
                    scale: 1, rate: megabytes
                ) {
                    for _ in 0..<passes { for document in documents { _ = extractor.mentions(in: document) } }
                })
            // The whole reading a resume or posting gets: names, then described work and what they imply.
            let reader = EvidenceReader(base: base)
            results.append(
                measure(
                    "skill evidence throughput: names, described work, implied (\(documents.count) texts)",
                    unit: "MB/s", scale: 1, rate: megabytes
                ) {
                    for _ in 0..<passes {
                        for document in documents {
                            _ = reader.read(document, named: base.foundSkills(in: document, using: extractor))
                        }
                    }
                })
        }
        if output.json { return try JSONOutput.print(results) }
        for figures in results {
            print(
                "\(figures.benchmark): median \(format(figures.median)) \(figures.unit), min \(format(figures.min)), "
                    + "max \(format(figures.max)) over \(figures.runs) runs")
        }
    }

    /// Times `body` after a warm-up; `scale` turns seconds into the unit (and per-item when a run does many).
    /// With `rate`, figures are `rate` per second (e.g. MB/s) instead of time.
    private func measure(
        _ name: String, unit: String, scale: Double, rate: Double? = nil, _ body: () throws -> Void
    ) -> Figures {
        try? body()
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure { try? body() }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            times.append(rate.map { $0 / seconds } ?? seconds * scale)
        }
        times.sort()
        return Figures(
            benchmark: name, unit: unit, runs: runs, median: times[times.count / 2], min: times[0],
            max: times[times.count - 1])
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
