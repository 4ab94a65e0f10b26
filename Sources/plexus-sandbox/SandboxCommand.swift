import ArgumentParser
import Hummingbird
import PlexusSandbox

/// `plexus-sandbox`: the in-memory Plexus demo bank on the generated server stubs.
@main
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plexus-sandbox",
        abstract: "Run an in-memory Plexus demo bank on the generated server stubs.",
        discussion: """
            Client credentials: sandbox / sandbox (HTTP basic) for /auth/token, /auth/user and /catalog.
            Demo user: demo / demo, with the Demobank access already synchronized.
            Demobank login demo, PIN demo, TAN 111111 (IBAN DE67900900424711951500, BIC DEMODE01).
            """)

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: "Requests per second each caller may make before getting 429 (no limit when left out).")
    var rateLimit: Double?
    @Option(help: "Seconds a synchronization or payment runs after its challenges are solved (423 meanwhile).")
    var runSeconds = 1.5
    @Option(help: "Request bodies above this many bytes get 413.") var maximumBodySize = 1 << 20

    func validate() throws {
        if let rateLimit, rateLimit <= 0 { throw ValidationError("--rate-limit must be positive") }
        if runSeconds < 0 { throw ValidationError("--run-seconds must not be negative") }
        if maximumBodySize < 1 { throw ValidationError("--maximum-body-size must be positive") }
    }

    func run() async throws {
        let configuration = SandboxConfiguration(
            rateLimit: rateLimit.map { SandboxConfiguration.RateLimit(requestsPerSecond: $0) },
            runDuration: .milliseconds(Int(runSeconds * 1000)), maximumBodySize: maximumBodySize)
        let bank = SandboxBank(configuration: configuration)
        print("plexus-sandbox: http://\(host):\(port) (client sandbox/sandbox, user demo/demo, TAN 111111)")
        try await Sandbox.application(bank: bank, host: host, port: port).runService()
    }
}
