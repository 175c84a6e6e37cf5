import CareerKit

/// The one place a failure becomes an exit code (the BSD sysexits values, so scripts can tell them apart):
/// 65 bad input, 66 nothing found by that name, 69 not available here, 75 try again later, 1 anything else.
struct ExitStatus {
    let code: Int32
    let message: String

    /// The status for a domain or command-line failure; nil for the argument parser's own (usage, help), which it
    /// reports itself.
    init?(_ error: any Error) {
        if let error = error as? any CareerErrorConvertible {
            let failure = error.careerError
            message = failure.message
            switch failure.kind {
            case .invalidInput, .tooLarge: code = 65
            case .notFound: code = 66
            case .unavailable: code = 69
            case .rateLimited: code = 75
            }
        } else if let error = error as? CLIError {
            message = error.description
            code = 1
        } else if let error = error as? KnowledgeBaseError {
            message = error.description
            code = 65
        } else {
            return nil
        }
    }
}
