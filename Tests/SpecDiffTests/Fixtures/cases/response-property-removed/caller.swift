import Foundation
import PlexusRuntime

func use() {
    let pet = Pet(id: 1, name: "Rex")
    _ = pet.tag
}
