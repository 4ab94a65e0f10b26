import Foundation
import PlexusRuntime

func use() {
    var credentials = Client.Credentials()
    credentials.apiKey = nil
    _ = credentials
}
