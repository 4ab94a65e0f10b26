import Foundation

/// A `plexus-load serve` child process, started and waited for until it listens; its memory read from /proc.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let url: URL
    /// An access token of the demo user, issued by the server's bank.
    let token: String

    /// Starts this executable's `serve` subcommand for `kind` on `port` and waits for its `ready` line.
    init(kind: LoadServe.Kind, port: Int, maximumBodySize: Int = 1 << 20) throws {
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        process.arguments = [
            "serve", kind.rawValue, "--port", String(port), "--maximum-body-size", String(maximumBodySize),
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let ready = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        guard ready.hasPrefix("ready ") else {
            process.terminate()
            throw LoadError(description: "the \(kind.rawValue) server did not start on port \(port)")
        }
        url = URL(string: "http://127.0.0.1:\(port)") ?? URL(fileURLWithPath: "/")
        token = ready.dropFirst("ready ".count).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the server and waits for it to exit.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// Resident memory now, in MiB.
    var residentMiB: Double { field("VmRSS:") }
    /// Peak resident memory so far, in MiB.
    var peakMiB: Double { field("VmHWM:") }

    private func field(_ name: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
            let kibibytes = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return .nan }
        return kibibytes / 1024
    }
}

/// A load run that could not start.
struct LoadError: Error, CustomStringConvertible {
    var description: String
}
