import Foundation
import PlexusRuntime

func describe(_ value: Operations.GetPet.Output) -> String {
    switch value {
    case .ok(let pet as Pet): return ".ok(let pet as Pet)"
    case .notFound: return ".notFound"
    case .undocumented: return ".undocumented"
    }
}
