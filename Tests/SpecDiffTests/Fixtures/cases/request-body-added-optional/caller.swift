import Foundation
import OpenAPIRuntime

func call(_ client: Client) async throws {
    try await client.deletePet(petID: "1")
}
