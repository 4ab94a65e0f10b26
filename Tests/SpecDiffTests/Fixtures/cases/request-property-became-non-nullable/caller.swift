import Foundation
import PlexusRuntime

func use() {
    _ = NewPet(name: "Rex", tag: .null)
}
