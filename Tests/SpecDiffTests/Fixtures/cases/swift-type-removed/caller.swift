import Foundation
import PlexusRuntime

func use() {
    _ = Owner(name: "Ada")
}
