import Foundation
import PlexusRuntime

func use() {
    let tag: String? = "dog"
    _ = NewPet(name: "Rex", tag: tag)
}
