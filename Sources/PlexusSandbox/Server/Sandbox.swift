public import Foundation
public import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusAPI
import PlexusRuntime
import Synchronization

/// The sandbox as a Hummingbird application: the generated server stubs' routes (`registerHandlers`) with the
/// sandbox's rate limiter and authentication in front, and the demo bank's SCA page redirect challenges point at.
public enum Sandbox {
    /// The router with every Plexus operation and the SCA page, over `bank`.
    public static func router(bank: SandboxBank) throws -> Router<BasicRequestContext> {
        let router = Router()
        var middlewares: [any ServerMiddleware] = []
        if let limit = bank.configuration.rateLimit { middlewares.append(RateLimiter(limit: limit)) }
        middlewares.append(SandboxAuthentication(bank: bank))
        try SandboxAPI(bank: bank).registerHandlers(
            on: router, middlewares: middlewares, maximumBodySize: bank.configuration.maximumBodySize,
            rejection: rejection)
        // The demo bank's authorization page: opening a redirect challenge's location authorizes it.
        router.get("sandbox/sca/:challenge") { _, context -> Response in
            let id = context.parameters.get("challenge").flatMap { UUID(uuidString: $0) }
            let authorized = id.map { bank.completeRedirect(challengeID: $0) } ?? false
            let text =
                authorized
                ? "Demobank: access authorized. You can return to the application."
                : "Demobank: there is no authorization waiting under this link."
            return Response(
                status: authorized ? .ok : .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
        return router
    }

    /// Requests the stubs refuse are answered as the spec's errors are: its error object as JSON (code 1000).
    @Sendable static func rejection(_ refused: RequestRejection) throws -> OutgoingResponse {
        var response = OutgoingResponse(status: refused.status.code)
        let (code, description): (ErrorCode, String) =
            switch refused.status {
            case .notFound: (._1002, "Not Found")
            case .methodNotAllowed: (._1000, "Method not allowed.")
            case .contentTooLarge: (._1000, "Request body is too large.")
            default: (._1000, "Request doesn't match input schema.")
            }
        try response.setJSONBody(
            SandboxError.model(code, description, data: ["request": .array([.string(refused.message)])]),
            contentType: "application/json")
        return response
    }

    /// The sandbox listening on `host`:`port`.
    public static func application(bank: SandboxBank, host: String, port: Int) throws -> some ApplicationProtocol {
        if port != 0 { bank.publicURL.withLock { $0 = URL(string: "http://\(host):\(port)") } }
        return Application(
            router: try router(bank: bank),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "plexus-sandbox"))
    }
}
