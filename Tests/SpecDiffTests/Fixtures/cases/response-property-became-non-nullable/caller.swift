import Foundation
import PlexusRuntime

func use() {
    let pet = Pet(id: 1, name: "Rex")
    if case .null? = pet.tag { print("null") }
}
