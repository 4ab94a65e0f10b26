import Foundation
import HTTPTypes
import OpenAPIRuntime
import PlexusRuntime
import Synchronization

/// A client transport that answers each operation with a generated `Output` value, written the way the generated
/// server stubs write it, and remembers the requests it saw.
final class ScriptedServer: ClientTransport {
    typealias Answer = @Sendable (HTTPRequest) throws -> OutgoingResponse

    private let answers: [String: Answer]
    let requests = Mutex<[HTTPRequest]>([])

    init(_ answers: [String: Answer]) {
        self.answers = answers
    }

    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        requests.withLock { $0.append(request) }
        let output = try answers[operationID]?(request) ?? OutgoingResponse(status: 501)
        return (
            HTTPResponse(status: output.status, headerFields: output.headerFields), output.body.map { HTTPBody($0) }
        )
    }
}
