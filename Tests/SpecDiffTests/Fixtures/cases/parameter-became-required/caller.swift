import Foundation
import OpenAPIRuntime

func call(_ client: Client) async throws {
    _ = try await client.listPets()
}
