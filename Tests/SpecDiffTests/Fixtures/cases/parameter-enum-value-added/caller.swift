import Foundation
import PlexusRuntime

func describe(_ value: ListPetsState) -> String {
    switch value {
    case .available: return ".available"
    case .pending: return ".pending"
    case .undocumented: return ".undocumented"
    }
}
