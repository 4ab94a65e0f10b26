import Foundation
import PlexusRuntime

func use() {
    _ = Shape.square(Square(kind: "square", side: 2))
}
