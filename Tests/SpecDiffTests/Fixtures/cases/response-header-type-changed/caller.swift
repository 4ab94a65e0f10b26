import Foundation
import PlexusRuntime

func use() {
    _ = Operations.ListPets.Output.ok([], xRateLimit: 1)
}
