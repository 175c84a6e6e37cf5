/// What went wrong in a use case, said so a person can act on it. Each face maps the kind once: the server to an
/// HTTP status, the command line to an exit code.
public struct CareerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of failure a person can be told about.
    public enum Kind: Sendable, Equatable {
        /// Nothing exists under that name or token.
        case notFound
        /// The input breaks a rule; `fields` names the offending fields or items.
        case invalidInput
        /// The input is over a size limit.
        case tooLarge
        /// Too many writes from one client; try again after `retryAfterSeconds`.
        case rateLimited
        /// This installation cannot do it (no assessment in its knowledge base, no PDF reader, no database).
        case unavailable
    }

    public let kind: Kind
    /// One readable line.
    public let message: String
    /// The fields or items at fault, for invalid input.
    public let fields: [String]
    /// For rate limiting: seconds until a write is allowed again.
    public let retryAfterSeconds: Int?

    /// An error of a kind with its message.
    public init(_ kind: Kind, _ message: String, fields: [String] = [], retryAfterSeconds: Int? = nil) {
        self.kind = kind
        self.message = message
        self.fields = fields
        self.retryAfterSeconds = retryAfterSeconds
    }

    public var description: String { message }
}

/// A domain error that knows which kind of failure it is, so the faces need no list of error types.
public protocol CareerErrorConvertible: Error {
    /// The same failure as a `CareerError`.
    var careerError: CareerError { get }
}

extension CareerError: CareerErrorConvertible {
    public var careerError: CareerError { self }
}

extension UnknownRoleError: CareerErrorConvertible {
    public var careerError: CareerError { CareerError(.notFound, description, fields: ["role"]) }
}

extension AnswerSheetError: CareerErrorConvertible {
    public var careerError: CareerError { CareerError(.invalidInput, description, fields: ["answers"]) }
}

extension ComparisonError: CareerErrorConvertible {
    public var careerError: CareerError { CareerError(.invalidInput, description, fields: ["roles"]) }
}

extension PlaceError: CareerErrorConvertible {
    public var careerError: CareerError {
        switch self {
        case .ambiguous: CareerError(.invalidInput, description, fields: ["area"])
        case .unknown: CareerError(.notFound, description, fields: ["area"])
        }
    }
}

extension PlanningError: CareerErrorConvertible {
    public var careerError: CareerError { CareerError(.invalidInput, description, fields: ["from", "to"]) }
}

extension UnknownSkillsError: CareerErrorConvertible {
    public var careerError: CareerError { CareerError(.invalidInput, description, fields: ["have"]) }
}

extension DocumentError: CareerErrorConvertible {
    public var careerError: CareerError {
        CareerError(tooLarge ? .tooLarge : .invalidInput, message, fields: ["text"])
    }
}
