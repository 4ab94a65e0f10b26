import Foundation
import PlexusRuntime

func use() {
    let pet = Pet(id: 1, name: "Rex")
    let tag: String? = pet.tag
    _ = tag
}
