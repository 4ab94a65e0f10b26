import ArgumentParser

/// The `plexus-gen` command: generate Swift SDKs from OpenAPI documents, validate and lint them.
@main
struct PlexusGen: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "plexus-gen",
        abstract: "A Swift toolchain for OpenAPI 3.0 and 3.1 documents.",
        discussion: """
            Every diagnostic is printed as 'file:line:col: severity: message [id]', the format compilers use, so
            editors and CI annotate the right line.

            Exit codes: 0 success, 1 the document has errors, 2 usage problems or unreadable input.
            """,
        version: version,
        subcommands: [ValidateCommand.self, GenerateCommand.self, LintCommand.self, DiffCommand.self]
    )

    /// Runs the command, mapping argument errors to exit code 2 as documented (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printToStandardError(fullMessage(for: error))
                printToStandardError("Run 'plexus-gen --help' for usage.")
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}
