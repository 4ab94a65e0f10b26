import Foundation
import PlexusRuntime

func describe(_ value: Animal) -> String {
    switch value {
    case .cat: return ".cat"
    case .dog: return ".dog"
    }
}
