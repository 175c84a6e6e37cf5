import ArgumentParser
import CareerKit

/// `careerfinder analyze`: read a resume or a job posting with the same skill taxonomy the roles use.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find the skills in a resume or job posting and compare them with every role.",
        discussion:
            "Files may be plain text, Markdown or PDF (PDF needs pdftotext from poppler-utils); '-' reads standard input. Nothing is uploaded or stored.",
        subcommands: [Resume.self, Job.self, Match.self])

    /// `careerfinder analyze resume FILE`.
    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Skills found, coverage of every role's requirements, and a gap plan for --target.")

        @OptionGroup var kb: KnowledgeBaseOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "A target role for an ordered gap plan, e.g. ml-engineer.") var target: String?
        @Argument(help: "The resume: a .txt, .md or .pdf file, or '-' for standard input.") var file: String

        func run() async throws {
            let service = try kb.service()
            let analysed = try await service.analyze(try InputFile.document(file), as: .resume, target: target)
            guard case .resume(let analysis) = analysed.analysis else { return }
            if output.json { return try JSONOutput.print(analysis) }
            print(ResumeText(analysis: analysis, base: service.base).lines().joined(separator: "\n"))
        }
    }

    /// `careerfinder analyze job FILE`.
    struct Job: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Which role a posting really is, its required and nice-to-have skills, seniority and pay.")

        @OptionGroup var kb: KnowledgeBaseOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The posting: a .txt, .md or .pdf file, or '-' for standard input.") var file: String

        func run() async throws {
            let analysed = try await kb.service().analyze(try InputFile.document(file), as: .posting)
            guard case .posting(let analysis) = analysed.analysis else { return }
            if output.json { return try JSONOutput.print(analysis) }
            print(PostingText(analysis: analysis).lines().joined(separator: "\n"))
        }
    }

    /// `careerfinder analyze match RESUME POSTING`.
    struct Match: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How a resume meets a posting: each skill it asks for, with your evidence or marked missing.")

        @OptionGroup var kb: KnowledgeBaseOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The resume: a .txt, .md or .pdf file, or '-' for standard input.") var resume: String
        @Argument(help: "The posting: a .txt, .md or .pdf file, or '-' for standard input.") var posting: String

        func validate() throws {
            guard !(resume == "-" && posting == "-") else {
                throw ValidationError("only one of the resume and the posting can come from standard input")
            }
        }

        func run() async throws {
            let match = try await kb.service().match(
                resume: try InputFile.document(resume), posting: try InputFile.document(posting))
            if output.json { return try JSONOutput.print(match) }
            print(MatchText(match: match).lines().joined(separator: "\n"))
        }
    }
}
