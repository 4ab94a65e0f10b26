import Foundation
import OpenAPIRuntime

func call(_ client: Client) async throws {
    let pet: Pet = try await client.getPet(petID: "1")
    _ = pet
}
