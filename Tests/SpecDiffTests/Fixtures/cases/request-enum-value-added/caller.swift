import Foundation
import PlexusRuntime

func describe(_ value: Size) -> String {
    switch value {
    case .small: return ".small"
    case .large: return ".large"
    case .undocumented: return ".undocumented"
    }
}
