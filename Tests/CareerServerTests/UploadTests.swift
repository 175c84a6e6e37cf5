import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A multipart body as a browser builds it for the analyze form.
func multipart(
    _ fields: [(String, String)], file: (name: String, data: Data)?, boundary: String = "XyZ123",
    quotedName: String? = nil, fileField: String = "file"
)
    -> (HTTPFields, ByteBuffer)
{
    var body = Data()
    for (name, value) in fields {
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
    }
    if let file {
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(quotedName ?? file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8))
        body.append(file.data)
        body.append(Data("\r\n".utf8))
    }
    body.append(Data("--\(boundary)--\r\n".utf8))
    return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
}

@Suite("Uploading a resume or posting on the analyze page")
struct UploadTests {
    static let pdf = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../careerfinderTests/Fixtures/resume.pdf")

    @Test("A Markdown upload is read like pasted text, and the read text is shown for checking")
    func markdown() async throws {
        let (headers, body) = multipart(
            [("kind", "job"), ("text", "")],
            file: ("posting.md", Data("# MLOps Engineer\n## Requirements\n- Kubernetes, Terraform, CI/CD\n".utf8)))
        try await withAPI { client in
            try await client.execute(uri: "/analyze", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                let html = text(response.body)
                #expect(html.contains("Kubernetes"))
                #expect(html.contains("This posting is most like: MLOps Engineer"))
                #expect(html.contains("# MLOps Engineer"))
            }
        }
    }

    @Test("A PDF resume is read through pdftotext")
    func pdf() async throws {
        let (headers, body) = multipart([("kind", "resume")], file: ("resume.pdf", try Data(contentsOf: Self.pdf)))
        try await withAPI { client in
            try await client.execute(uri: "/analyze", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .ok)
                #expect(text(response.body).contains("Skills found"))
                #expect(text(response.body).contains("PyTorch"))
            }
        }
    }

    @Test("Junk, fake PDFs, empty files and oversized uploads get a readable refusal")
    func refusals() async throws {
        let cases: [(String, Data, HTTPResponse.Status, String)] = [
            ("junk.bin", Data([0, 1, 2, 255, 0]), .unprocessableContent, "is not UTF-8 text"),
            ("fake.pdf", Data("%PDF-1.4 nothing else".utf8), .unprocessableContent, "is not a readable PDF"),
            ("blank.txt", Data("  \n ".utf8), .unprocessableContent, "is empty"),
            ("huge.txt", Data(repeating: 65, count: 1_000_001), .contentTooLarge, "over 1 MB"),
            ("enormous.txt", Data(repeating: 65, count: 1_200_000), .contentTooLarge, "over 1 MB"),
        ]
        try await withAPI { client in
            for (name, data, status, message) in cases {
                let (headers, body) = multipart([("kind", "resume")], file: (name, data))
                try await client.execute(uri: "/analyze", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == status, "\(name)")
                    #expect(text(response.body).contains(message), "\(name)")
                }
            }
        }
    }

    @Test("File names holding ';', '=' and escaped quotes are read whole, and the file's text is used")
    func awkwardFileNames() async throws {
        let posting = Data("# MLOps Engineer\n## Requirements\n- Kubernetes, Terraform\n".utf8)
        let names = [
            ("cv; final=v2.md", "cv; final=v2.md"), ("my \"best\" cv.md", #"my \"best\" cv.md"#),
            ("a;b\"c\".txt", #"a;b\"c\".txt"#),
        ]
        try await withAPI { client in
            for (name, quoted) in names {
                let (headers, body) = multipart([("kind", "job")], file: (name, posting), quotedName: quoted)
                try await client.execute(uri: "/analyze", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == .ok, "\(name)")
                    #expect(text(response.body).contains("This posting is most like: MLOps Engineer"), "\(name)")
                }
                // An empty file is refused by its name, which must come through whole (and escaped on the page).
                let (emptyHeaders, emptyBody) = multipart(
                    [("kind", "job")], file: (name, Data(" \n".utf8)), quotedName: quoted)
                try await client.execute(uri: "/analyze", method: .post, headers: emptyHeaders, body: emptyBody) {
                    response in
                    #expect(response.status == .unprocessableContent, "\(name)")
                    let escaped = name.replacingOccurrences(of: "\"", with: "&quot;")
                    #expect(text(response.body).contains("The file \(escaped) is empty"), "\(name)")
                }
            }
        }
    }

    @Test("A body that claims to be multipart but is not gets 400")
    func malformed() async throws {
        let headers: HTTPFields = [.contentType: "multipart/form-data; boundary=abc"]
        try await withAPI { client in
            for body in ["no boundary here", "--abc\r\nno headers end", "--abc\r\n\r\nno name\r\n--abc--"] {
                try await client.execute(
                    uri: "/analyze", method: .post, headers: headers, body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .badRequest, "\(body)")
                }
            }
        }
    }
}

@Suite("The analyze page keeps what was given")
struct AnalyzeInputTests {
    @Test("A paste over the limit is kept in its box, with the limit said")
    func overLimitPaste() async throws {
        let paste = String(repeating: "Python and SQL. ", count: 75_000)  // 1.2 MB
        try await withAPI { client in
            let response = try await client.execute(
                uri: "/analyze", method: .post, headers: formHeaders, body: form([("kind", "resume"), ("text", paste)]))
            #expect(response.status == .contentTooLarge)
            let html = text(response.body)
            #expect(html.contains("The text is 1.2 MB, over the 1 MB limit"))
            #expect(html.contains(String(repeating: "Python and SQL. ", count: 1_000)), "the paste kept")
        }
    }

    @Test("Given both a file and pasted text, the page says it read the file")
    func bothInputs() async throws {
        try await withAPI { client in
            let (headers, body) = multipart(
                [("kind", "resume"), ("text", "Pasted: Excel and PowerPoint")],
                file: ("resume.md", Data("Built pipelines in Python and Airflow.".utf8)))
            let response = try await client.execute(uri: "/analyze", method: .post, headers: headers, body: body)
            #expect(response.status == .ok)
            let html = text(response.body)
            #expect(html.contains("this reads the file (resume.md), shown below, and not the text you pasted"))
            #expect(html.contains("Airflow"))
            // One input alone needs no such word.
            let (alone, only) = multipart([("kind", "resume")], file: ("resume.md", Data("Python".utf8)))
            let single = text(try await client.execute(uri: "/analyze", method: .post, headers: alone, body: only).body)
            #expect(!single.contains("this reads the file"))
        }
    }
}
