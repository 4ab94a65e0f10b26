import ArgumentParser
import Foundation
import Hummingbird
import PlexusSandbox

/// `plexus-load serve`: one server for a load run, in a process of its own so its memory is measured alone.
struct LoadServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the sandbox (generated stubs) or the hand-written route.")

    /// Which server.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case generated
        case handwritten
    }

    @Argument(help: "generated or handwritten") var kind: Kind
    @Option(help: "The port to listen on.") var port: Int
    @Option(help: "Request bodies above this many bytes get 413.") var maximumBodySize = 1 << 20

    func run() async throws {
        let bank = SandboxBank(configuration: SandboxConfiguration(maximumBodySize: maximumBodySize))
        let token = bank.demoAccessToken()
        let router = kind == .generated ? try Sandbox.router(bank: bank) : Sandbox.handwrittenRouter(bank: bank)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)),
            onServerRunning: { _ in FileHandle.standardOutput.write(Data("ready \(token)\n".utf8)) })
        try await app.runService()
    }
}
