import Foundation
import PlexusRuntime

func use() {
    let pet = Pet(id: 1, name: "Rex")
    let name: String = pet.name
    _ = name
}
