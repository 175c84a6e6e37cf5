import CareerKit
import Foundation
import Hummingbird
import Logging

/// An error as `application/problem+json` (RFC 9457): a status, a title and a readable detail, nothing internal.
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(ProblemBody(title: status.reasonPhrase, status: status.code, detail: detail))
        var fields: HTTPFields = [.contentType: "application/problem+json"]
        fields.append(contentsOf: headers)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Turns every error into a problem response: domain errors into the 4xx they mean, anything else into a
/// 500 that says nothing about the inside of the server.
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
        } catch let error as UnknownRoleError {
            throw Problem(.notFound, error.description)
        } catch let error as AnswerSheetError {
            throw Problem(.unprocessableContent, error.description)
        } catch let error as ComparisonError {
            throw Problem(.badRequest, error.description)
        } catch let error as PlaceError {
            if case .ambiguous = error { throw Problem(.unprocessableContent, error.description) }
            throw Problem(.notFound, error.description)
        } catch let error as PlanningError {
            throw Problem(.unprocessableContent, error.description)
        } catch let error as UnknownSkillsError {
            throw Problem(.unprocessableContent, error.description)
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
