import Foundation
import PlexusRuntime

func use() {
    var credentials = Client.Credentials()
    credentials.oauth = nil
    _ = credentials
}
