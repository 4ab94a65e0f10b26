import ArgumentParser
import Diagnostics
import Linter
import OpenAPIModel
import Resolver
import YAMLLoader

/// `plexus-gen validate`: load and decode a document and report every problem found.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that a document is valid OpenAPI 3.0/3.1 and that every reference resolves.",
        discussion: """
            Reports syntax errors, duplicate keys, wrong types, missing required fields, invalid status codes and
            values, unknown keys (as warnings, with a suggestion for near misses), and references that point
            nowhere, at the wrong kind of object, or outside the allowed root directory. References into other
            files are followed. Exits 0 when there are no errors, 1 when there are, 2 when the file cannot be read.
            """
    )

    @Argument(help: "The OpenAPI document to check.")
    var spec: String = "openapi.yaml"

    @Option(help: "Output format: text (compiler style), json, sarif, github (workflow annotations) or junit.")
    var format: LintOutputFormat = .text

    @OptionGroup var input: InputOptions

    @Flag(help: "Also print notes (info) about how the document will be generated, e.g. renamed types.")
    var verbose = false

    @Flag(help: StrictMode.help)
    var strict = false

    func run() throws {
        let result = APIResolver.resolve(contentsOf: spec, options: input.resolverOptions)
        let diagnostics = StrictMode.apply(result.diagnostics, strict: strict)
        let shown = diagnostics.filter { verbose || $0.severity >= .warning }
        let unreadable = diagnostics.contains { $0.id == .yamlUnreadable }
        let report = Linter.Report(file: spec, findings: shown, unreadable: unreadable)
        print(format.render([report]), terminator: "")
        if unreadable { throw ExitCode(2) }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
