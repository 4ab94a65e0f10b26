import Foundation
import PlexusRuntime

func use() {
    let event = AdoptionEvent(petID: "1", adopter: "Ada")
    _ = event.adopter
}
