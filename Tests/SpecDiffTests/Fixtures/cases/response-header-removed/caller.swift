import Foundation
import PlexusRuntime

func describe(_ value: Operations.ListPets.Output) -> String {
    switch value {
    case .ok(_, let limit): return ".ok(_, let limit)"
    case .badRequest: return ".badRequest"
    case .undocumented: return ".undocumented"
    }
}
