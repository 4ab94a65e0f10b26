import Foundation
import PlexusRuntime

func describe(_ value: Shape) -> String {
    switch value {
    case .circle: return ".circle"
    case .square: return ".square"
    }
}
