import Foundation
import PlexusAPI
import PlexusRuntime

/// The error bodies the sandbox answers with, as the Plexus spec documents them: a code from the error table, its
/// group (from the code's range), a short description and, for invalid input, which field was wrong.
enum SandboxError {
    /// An error body with `code` and `description`; `data` names the offending fields.
    static func model(_ code: ErrorCode, _ description: String, data: [String: JSONValue]? = nil) -> ErrorModel {
        ErrorModel(error: ErrorDetail(code: code, group: group(of: code), description: description, data: data))
    }

    /// 400, code 1000: the request is not valid; `field` names what is wrong and why.
    static func invalid(_ field: String, _ problem: String) -> ErrorModel {
        model(._1000, "Request doesn't match input schema.", data: [field: .array([.string(problem)])])
    }

    /// 404, code 1002.
    static func notFound(_ what: String) -> ErrorModel {
        model(._1002, "\(what) not found")
    }

    /// 401 for a missing or unknown user token, code 1003.
    static let unauthorized = model(._1003, "Unauthorized: a valid user access token is required")

    /// 423, code 1008: the resource is busy while a synchronization or payment runs.
    static let busy = model(._1008, "Resource busy: a synchronization is running, retry shortly")

    /// 409 for a challenge answered before, code 1001.
    static let challengeAnswered = model(._1001, "The challenge has been answered already")

    /// The error group the spec's code table assigns to `code`'s range.
    static func group(of code: ErrorCode) -> ErrorGroup {
        switch code.rawValue {
        case 1000..<2000: .client
        case 10000..<20000: .user
        case 20000..<30000: .bank
        case 30000..<40000: .plexus
        default: .connectivity
        }
    }
}
