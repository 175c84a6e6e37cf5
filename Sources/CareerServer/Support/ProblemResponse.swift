import CareerKit
import Foundation
import Hummingbird
import Logging
import NIOCore

/// An HTTP failure as `application/problem+json` (RFC 9457) for programs, or as a readable page for people:
/// a status and one line of detail, nothing internal.
struct Problem: HTTPResponseError, Sendable {
    let status: HTTPResponse.Status
    let detail: String
    /// Extra headers, such as Retry-After on 429.
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ detail: String) {
        self.status = status
        self.detail = detail
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        // People in a browser get a page; programs get the problem document.
        guard request.uri.path.hasPrefix("/api") || request.uri.path == "/health" else {
            let body = "<p role=\"alert\">\(escape(detail))</p><p><a href=\"/\">Back to the start</a></p>"
            var response = try HTMLPage(title: status.reasonPhrase, body: body, status: status).response(
                from: request, context: context)
            response.headers.append(contentsOf: headers)
            return response
        }
        let data = try APIJSON.encoder.encode(
            ProblemBody(title: status.reasonPhrase, status: status.code, detail: detail))
        var fields: HTTPFields = [.contentType: "application/problem+json"]
        fields.append(contentsOf: headers)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The one place a domain failure becomes an HTTP status.
extension CareerError: HTTPResponseError {
    public var status: HTTPResponse.Status {
        switch kind {
        case .notFound: .notFound
        case .invalidInput: .unprocessableContent
        case .tooLarge: .contentTooLarge
        case .rateLimited: .tooManyRequests
        case .unavailable: .notFound
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var problem = Problem(status, Self.sentence(message))
        if let seconds = retryAfterSeconds { problem.headers[.retryAfter] = String(seconds) }
        return try problem.response(from: request, context: context)
    }

    /// Domain messages are lower-case clauses for the terminal; a page or a problem document shows a sentence.
    static func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        let capitalised = first.uppercased() + message.dropFirst()
        return capitalised.hasSuffix(".") || capitalised.hasSuffix("?") ? capitalised : capitalised + "."
    }
}

/// Turns every error into a problem response: domain errors through `CareerError`, framework errors with their
/// own status, anything else into a 500 that says nothing about the inside of the server.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let problem as Problem {
            throw problem
        } catch let error as any CareerErrorConvertible {
            throw error.careerError
        } catch is NIOTooManyBytesError {
            throw CareerError(.tooLarge, "the request body is over 1 MB; resumes and postings are far smaller")
        } catch let error as HTTPError {
            throw Problem(error.status, error.body ?? error.status.reasonPhrase)
        } catch {
            context.logger.error("unhandled error: \(String(reflecting: error))")
            throw Problem(.internalServerError, "Something went wrong on our side; nothing was saved.")
        }
    }
}

/// The problem document's fields.
private struct ProblemBody: Encodable {
    var type = "about:blank"
    let title: String
    let status: Int
    let detail: String
}
