import Foundation
import PlexusRuntime

func describe(_ value: PetStatus) -> String {
    switch value {
    case .available: return ".available"
    case .pending: return ".pending"
    case .sold: return ".sold"
    case .undocumented: return ".undocumented"
    }
}
