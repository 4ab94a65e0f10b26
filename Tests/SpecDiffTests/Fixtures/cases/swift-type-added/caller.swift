import Foundation
import PlexusRuntime

func use() {
    _ = Pet(id: 1, name: "Rex")
}
