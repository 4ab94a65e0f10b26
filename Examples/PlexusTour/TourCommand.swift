import ArgumentParser
import Foundation
import PlexusAPI

/// `plexus-tour`: the walk-through against a running sandbox (`swift run plexus-sandbox`).
@main
struct TourCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plexus-tour",
        abstract: "Walk through the Plexus API with the generated client: user, access, challenges, payment.")

    @Option(help: "The Plexus server to talk to.") var server = "http://127.0.0.1:8080"

    func run() async throws {
        guard let url = URL(string: server) else { throw ValidationError("--server is not a URL: \(server)") }
        let report = try await PlexusTour(serverURL: url).run()
        print(
            "Done: \(report.accounts.count) accounts, \(report.transactions.count) transactions, payment \(report.payment.paymentID)."
        )
    }
}
