import Foundation
public import Hummingbird
import PlexusAPI
import PlexusRuntime

extension Sandbox {
    /// The yardstick for the generated stubs' overhead (`plexus-load`): one route written by hand on Hummingbird
    /// doing the work the generated `listTransactionsOfAccount` stub and its handler do — find the caller's session
    /// from the bearer token, the same 404 / 423 checks, the same query over the same user state, the same JSON
    /// encoding — without swift-openapi-runtime's transport, the middleware chain or parameter decoding.
    public static func handwrittenRouter(bank: SandboxBank) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("rest/accounts/:account/transactions") { request, context -> Response in
            guard let authorization = request.headers[.authorization],
                let user = bank.session(authorization: authorization)?.user
            else { return try json(status: .unauthorized, SandboxError.unauthorized) }
            let accountID = context.parameters.get("account") ?? ""
            let query = TransactionQuery(
                accounts: [accountID], filter: nil, synchronization: nil,
                count: request.uri.queryParameters.get("count", as: Int.self) ?? 1000,
                offset: request.uri.queryParameters.get("offset", as: Int.self) ?? 0, ascending: false, since: nil,
                until: nil, sinceType: .created, types: nil,
                includePending: request.uri.queryParameters.get("include_pending") == "true",
                includeStatistics: false, cents: false)
            let (answer, deliveries) = user.update { state, _ -> Answer in
                guard state.account(accountID) != nil else {
                    return .error(.notFound, SandboxError.notFound("Account"))
                }
                if state.busyProcess(account: accountID) != nil {
                    return .error(HTTPResponse.Status(code: 423), SandboxError.busy)
                }
                return .list(query.run(on: state))
            }
            bank.delivery.deliver(deliveries)
            switch answer {
            case .list(let list): return try json(status: .ok, list)
            case .error(let status, let error): return try json(status: status, error)
            }
        }
        return router
    }

    /// What the hand-written route answers.
    private enum Answer {
        case list(TransactionList)
        case error(HTTPResponse.Status, ErrorModel)
    }

    private static func json(status: HTTPResponse.Status, _ value: some Encodable) throws -> Response {
        var output = OutgoingResponse(status: status.code)
        try output.setJSONBody(value, contentType: "application/json")
        let bytes = output.body ?? []
        return Response(
            status: status, headers: [.contentType: "application/json", .contentLength: String(bytes.count)],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
