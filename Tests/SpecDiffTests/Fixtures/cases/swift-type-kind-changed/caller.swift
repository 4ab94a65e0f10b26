import Foundation
import PlexusRuntime

func use() {
    let status: PetStatus = .sold
    _ = status
}
