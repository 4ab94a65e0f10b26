public import Foundation

/// A program run to completion, with its standard output and error read together.
public struct ExternalProcess: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output and standard error, interleaved as written.
    public var output: String

    /// Runs `arguments` through `/usr/bin/env` (so the first is looked up on `PATH`) in `directory`, with
    /// `environment` added to this process's.
    public static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) throws -> ExternalProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ExternalProcess(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// `run` on a thread of its own, for programs that take minutes (builds, fuzzing sessions): waiting for them
    /// must not hold one of the few threads Swift Testing runs every other test on, or tests that serve HTTP on
    /// those threads starve and time out.
    public static func runOffThePool(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:]
    ) async throws -> ExternalProcess {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try run(arguments, in: directory, environment: environment) })
            }.start()
        }
    }
}
