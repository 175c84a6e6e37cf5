import CareerKit
import CareerServer
import CareerStoreSQLite
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The real router over a real in-memory SQLite store, with a seeded token source.
func withAPI(_ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    try await withAPI { client, _ in try await test(client) }
}

/// The same, with the store at hand so a test can look at what was kept.
func withAPI(_ test: @Sendable (any TestClientProtocol, SQLiteCareerStore) async throws -> Void) async throws {
    let base = try KnowledgeBaseLoader.bundled().load()
    let counter = TokenCounter()
    let store = try SQLiteCareerStore.inMemory()
    let dependencies = AppDependencies(
        base: base, store: store, makeToken: { counter.next() }, now: { Date(timeIntervalSince1970: 1_800_000_000) })
    let app = Application(router: buildRouter(dependencies))
    try await app.test(.router) { client in try await test(client, store) }
}

/// Seeded tokens, one after another, so tests can predict nothing but uniqueness.
final class TokenCounter: @unchecked Sendable {
    private var generator = SplitMix64(seed: 99)
    private let lock = NSLock()

    func next() -> ResultToken {
        lock.lock()
        defer { lock.unlock() }
        return ResultToken.random(using: &generator)
    }
}

func json(_ buffer: ByteBuffer) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] ?? [:]
}

@Suite("The JSON API")
struct APITests {
    static let answers: String = {
        let scorer = AssessmentScorer(base: try! KnowledgeBaseLoader.bundled().load())!
        var generator = SplitMix64(seed: 5)
        return scorer.questionnaire.randomSheet(using: &generator).yaml(for: scorer.questionnaire)
    }()

    @Test("Health answers 200")
    func health() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test("Roles, one role, comparison and salaries answer JSON with their sources")
    func roles() async throws {
        try await withAPI { client in
            try await client.execute(uri: "/api/roles", method: .get) { response in
                #expect(response.status == .ok)
                let list =
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]]
                #expect(list?.filter { $0["profiled"] as? Bool == true }.count == 8)
            }
            try await client.execute(uri: "/api/roles/mlops-engineer", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["ladders"] != nil)
            }
            try await client.execute(uri: "/api/compare?roles=ml-engineer,data-scientist", method: .get) { response in
                let roles = try json(response.body)["roles"] as? [[String: Any]]
                let sources = Set(
                    (roles?.first?["salaryBands"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String })
                #expect(sources.isSuperset(of: ["seed-000", "seed-003"]))
            }
            try await client.execute(uri: "/api/salaries?role=data-scientist&level=mid", method: .get) { response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect((body["rows"] as? [Any])?.count == 1)
            }
        }
    }

    @Test("Bad requests get 4xx problem+json bodies with a readable detail, never a 500")
    func problems() async throws {
        try await withAPI { client in
            let cases: [(String, HTTPRequest.Method, String?, HTTPResponse.Status)] = [
                ("/api/roles/ml-enginer", .get, nil, .notFound),
                ("/api/compare?roles=ml-engineer", .get, nil, .badRequest),
                ("/api/salaries?level=wizard", .get, nil, .badRequest),
                ("/api/assessment", .post, "version: \"nope\"\nanswers: {ghost: 9}\n", .unprocessableContent),
                ("/api/assessment", .post, "\u{0}\u{1}", .badRequest),
                ("/api/results/not-a-token", .get, nil, .notFound),
                ("/api/results/AAAAAAAAAAAAAAAAAAAAAA", .delete, nil, .notFound),
                ("/api/analyze/job", .post, "{\"txt\": 1}", .badRequest),
                ("/api/analyze/resume", .post, "{\"text\": \"   \"}", .unprocessableContent),
                ("/api/analyze/resume", .post, String(repeating: "a", count: 1_000_001), .contentTooLarge),
            ]
            for (uri, method, body, status) in cases {
                try await client.execute(uri: uri, method: method, body: body.map { ByteBuffer(string: $0) }) {
                    response in
                    #expect(response.status == status, "\(method) \(uri)")
                    #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                    let problem = try json(response.body)
                    #expect((problem["detail"] as? String)?.isEmpty == false)
                    #expect(problem["status"] as? Int == Int(status.code))
                }
            }
        }
    }

    @Test("A saved result is read through its token, takes feedback, and is deleted by its owner")
    func savedResultLifecycle() async throws {
        try await withAPI { client in
            var token = ""
            try await client.execute(
                uri: "/api/assessment?save=true", method: .post, body: ByteBuffer(string: Self.answers)
            ) {
                response in
                #expect(response.status == .created)
                token = try json(response.body)["token"] as? String ?? ""
            }
            #expect(token.count == 22)
            var topRole = ""
            try await client.execute(uri: "/api/results/\(token)", method: .get) { response in
                #expect(response.status == .ok)
                topRole = ((try json(response.body)["ranking"] as? [[String: Any]])?.first?["role"] as? String) ?? ""
            }
            let feedback = ByteBuffer(string: "{\"role\": \"\(topRole)\", \"goodFit\": true}")
            try await client.execute(uri: "/api/results/\(token)/feedback", method: .post, body: feedback) {
                #expect($0.status == .noContent)
            }
            try await client.execute(uri: "/api/validity", method: .get) { response in
                let report = try json(response.body)
                #expect(report["answers"] as? Int == 1)
                let rank1 = (report["byRank"] as? [[String: Any]])?.first
                #expect(rank1?["label"] as? String == "rank 1" && rank1?["goodFit"] as? Int == 1)
            }
            try await client.execute(uri: "/api/results/\(token)", method: .delete) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/api/results/\(token)", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test("Scoring without save stores nothing and returns no token")
    func unsaved() async throws {
        try await withAPI { client, store in
            try await client.execute(uri: "/api/assessment", method: .post, body: ByteBuffer(string: Self.answers)) {
                response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                #expect(body["token"] == nil || body["token"] is NSNull)
                #expect(((body["result"] as? [String: Any])?["ranking"] as? [Any])?.count == 8)
            }
            #expect(try await store.counts() == StoredCounts(results: 0, analyses: 0, feedback: 0))
            try await client.execute(
                uri: "/api/assessment?save=true", method: .post, body: ByteBuffer(string: Self.answers)
            ) { #expect($0.status == .created) }
            #expect(try await store.counts().results == 1)
        }
    }

    @Test("Posting and resume analysis answer JSON; text is kept only when save is true")
    func analysis() async throws {
        try await withAPI { client, store in
            let posting = "{\"text\": \"Senior NLP Engineer\\nRequirements: spaCy, Hugging Face, transformers, NLP\"}"
            try await client.execute(uri: "/api/analyze/job", method: .post, body: ByteBuffer(string: posting)) {
                response in
                #expect(response.status == .ok)
                let body = try json(response.body)
                let analysis = body["analysis"] as? [String: Any]
                #expect(((analysis?["roles"] as? [[String: Any]])?.first?["role"] as? String) == "nlp-engineer")
                #expect(body["token"] == nil)
            }
            #expect(try await store.counts().analyses == 0)
            let resume = "{\"text\": \"Python, SQL\", \"target\": \"data-scientist\", \"save\": true}"
            try await client.execute(uri: "/api/analyze/resume", method: .post, body: ByteBuffer(string: resume)) {
                response in
                let body = try json(response.body)
                #expect((body["token"] as? String)?.count == 22)
            }
            #expect(try await store.counts().analyses == 1)
        }
    }
}
