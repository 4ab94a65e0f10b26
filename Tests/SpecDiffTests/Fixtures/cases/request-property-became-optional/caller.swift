import Foundation
import PlexusRuntime

func use() {
    let pet = NewPet(name: "Rex")
    let name: String = pet.name
    _ = name
}
