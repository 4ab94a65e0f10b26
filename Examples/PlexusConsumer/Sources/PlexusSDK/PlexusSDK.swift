public import Foundation
public import OpenAPIRuntime
import PlexusRuntime

// The generated SDK (Types, Operations, Client, Server) is added to this target by the PlexusGenPlugin build
// plugin at build time; what the package adds by hand lives beside it.

extension Client {
    /// A client acting for one user: the app's client credentials for token requests, the user's token for the rest.
    public static func forUser(
        serverURL: URL, transport: any ClientTransport, clientID: String, clientSecret: String,
        token: @escaping @Sendable () async throws -> String
    ) -> Client {
        var credentials = Credentials()
        credentials.clientAuth = .basic(username: clientID, password: clientSecret)
        credentials.userAuth = .bearer(token: token)
        return Client(serverURL: serverURL, transport: transport, credentials: credentials)
    }
}
