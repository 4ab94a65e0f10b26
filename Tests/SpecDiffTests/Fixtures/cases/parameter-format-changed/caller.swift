import Foundation
import OpenAPIRuntime

func call(_ client: Client) async throws {
    let limit: Int32 = 5
    _ = try await client.listPets(limit: limit)
}
