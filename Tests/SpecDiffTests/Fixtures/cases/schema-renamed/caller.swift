import Foundation
import PlexusRuntime

func use() {
    _ = Problem(code: 1, message: "gone")
}
