import Foundation
import PlexusRuntime

func use() {
    let pet = Pet(id: 1, name: "Rex")
    let id: Int64 = pet.id
    _ = id
}
