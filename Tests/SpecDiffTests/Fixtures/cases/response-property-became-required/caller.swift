import Foundation
import PlexusRuntime

func use() {
    let pet = Pet(id: 1, name: "Rex", tag: "dog")
    if let tag = pet.tag { _ = tag }
}
