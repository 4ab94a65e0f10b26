import Foundation
import OpenAPIRuntime

func call(_ client: Client) async throws {
    let delete: (String) async throws -> Void = client.deletePet(petID:)
    try await delete("1")
}
