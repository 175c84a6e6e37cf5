import Foundation

/// A resume or posting as a person hands it over: pasted text, or an uploaded file (text, Markdown or PDF).
public enum DocumentInput: Sendable {
    case text(String)
    case file(name: String, data: Data)
}

/// What a document was read as: a resume against every role, or a posting.
public enum DocumentAnalysis: Sendable, Encodable {
    case resume(ResumeAnalysis)
    case posting(PostingAnalysis)

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .resume(let analysis): try analysis.encode(to: encoder)
        case .posting(let analysis): try analysis.encode(to: encoder)
        }
    }
}

/// An analysed document: its text, the analysis, and the token when it was saved.
public struct AnalysedDocument: Sendable {
    public let kind: SavedAnalysis.Kind
    public let text: String
    public let analysis: DocumentAnalysis
    public let token: ResultToken?
    /// When saved: the time it was kept.
    public let createdAt: Date?
}

extension CareerService {
    /// The text of a document; a PDF goes through the PDF reader. Errors name it as `what` and blame `field`.
    public func text(
        of input: DocumentInput, what: String = "the text", field: String = "text"
    ) async throws
        -> String
    {
        switch input {
        case .text(let text):
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CareerError(.invalidInput, "\(what) is empty; paste some text or choose a file", fields: [field])
            }
            guard text.utf8.count <= DocumentText.maximumBytes else {
                let size = String(format: "%.1f", Double(text.utf8.count) / 1_000_000)
                throw CareerError(
                    .tooLarge, "\(what) is \(size) MB, over the 1 MB limit; resumes and postings are far smaller",
                    fields: [field])
            }
            return text
        case .file(let name, let data):
            do {
                return try await DocumentText.decode(data, name: name, pdf: pdf)
            } catch {
                throw CareerError(error.careerError.kind, error.message, fields: [field])
            }
        }
    }

    /// Reads a resume (against every role, with a plan toward `target`) or a posting; keeps the text when asked.
    public func analyze(
        _ input: DocumentInput, as kind: SavedAnalysis.Kind, target: String? = nil, save: Bool = false
    ) async throws -> AnalysedDocument {
        let text = try await text(of: input)
        let targetID = try target.flatMap { $0.isEmpty ? nil : $0 }.map { name throws(UnknownRoleError) in
            try base.role(named: name).id
        }
        let analysis = analysis(of: text, as: kind, target: targetID)
        guard save else {
            return AnalysedDocument(kind: kind, text: text, analysis: analysis, token: nil, createdAt: nil)
        }
        let store = try requireStore()
        let token = makeToken()
        let createdAt = now()
        try await store.save(
            SavedAnalysis(token: token, kind: kind, text: text, target: targetID, createdAt: createdAt))
        return AnalysedDocument(kind: kind, text: text, analysis: analysis, token: token, createdAt: createdAt)
    }

    /// A saved document under its token, read again.
    public func openAnalysis(token text: String) async throws -> AnalysedDocument {
        let token = try Self.token(text, "analysis")
        guard let saved = try await requireStore().analysis(token: token) else {
            throw CareerError(.notFound, "no saved analysis has that link (it may have been deleted)")
        }
        // A target role the knowledge base no longer has is dropped rather than failing the whole page.
        let target = saved.target.flatMap { base.role($0) }?.id
        return AnalysedDocument(
            kind: saved.kind, text: saved.text, analysis: analysis(of: saved.text, as: saved.kind, target: target),
            token: token, createdAt: saved.createdAt)
    }

    /// Deletes a saved document for good.
    public func deleteAnalysis(token text: String) async throws {
        let token = try Self.token(text, "analysis")
        guard try await requireStore().deleteAnalysis(token: token) else {
            throw CareerError(.notFound, "no saved analysis has that link (it may have been deleted)")
        }
    }

    private func analysis(of text: String, as kind: SavedAnalysis.Kind, target: Role.ID?) -> DocumentAnalysis {
        switch kind {
        case .resume:
            .resume(
                ResumeAnalysis(text: text, base: base, extractor: extractor, evidence: evidence, target: target))
        case .posting: .posting(PostingAnalysis(text: text, base: base, extractor: extractor, evidence: evidence))
        }
    }
}

extension CareerService {
    /// Reads a resume against a posting: each skill the posting asks for, with the resume's evidence or missing.
    public func match(resume: DocumentInput, posting: DocumentInput) async throws -> ResumeMatch {
        let resumeText = try await text(of: resume, what: "the resume", field: "resume")
        let postingText = try await text(of: posting, what: "the posting", field: "posting")
        let resumeAnalysis = ResumeAnalysis(text: resumeText, base: base, extractor: extractor, evidence: evidence)
        let postingAnalysis = PostingAnalysis(text: postingText, base: base, extractor: extractor, evidence: evidence)
        return ResumeMatch(resume: resumeAnalysis, resumeText: resumeText, posting: postingAnalysis)
    }
}
