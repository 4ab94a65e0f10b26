import Foundation
import PlexusRuntime

func use() {
    let weight: Int32 = 3
    _ = NewPet(name: "Rex", weight: weight)
}
