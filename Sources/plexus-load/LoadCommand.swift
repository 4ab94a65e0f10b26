import ArgumentParser
import Foundation

/// `plexus-load`: the generated Plexus client under load against the sandbox's generated stubs, and against a
/// hand-written Hummingbird route doing the same work, side by side.
@main
struct LoadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plexus-load",
        abstract: "Load-test the generated server stubs against a hand-written route (see docs/performance.md).",
        subcommands: [LoadRun.self, LoadServe.self], defaultSubcommand: LoadRun.self)
}
