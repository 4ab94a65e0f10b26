import Foundation
import PlexusRuntime

func describe(_ value: Operations.GetPet.Output) -> String {
    switch value {
    case .ok: return ".ok"
    case .notFound: return ".notFound"
    case .undocumented: return ".undocumented"
    }
}
