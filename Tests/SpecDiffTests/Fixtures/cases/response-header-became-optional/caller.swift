import Foundation
import PlexusRuntime

func use() {
    let output = Operations.ListPets.Output.ok([], xRateLimit: 1)
    if case .ok(_, let limit) = output { let value: Int = limit; _ = value }
}
