import ArgumentParser
import Diagnostics
import OpenAPIModel

/// `plexus-gen validate`: load and decode a document and report every problem found.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that a document is well-formed YAML/JSON and a structurally valid OpenAPI 3.0/3.1 document.",
        discussion: """
            Reports syntax errors, duplicate keys, wrong types, missing required fields, invalid status codes and
            values, and unknown keys (as warnings, with a suggestion for near misses). Exits 0 when there are no
            errors, 1 when there are, 2 when the file cannot be read.
            """
    )

    @Argument(help: "The OpenAPI document to check.")
    var spec: String = "openapi.yaml"

    @Option(help: "Output format: text (compiler style) or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let result = OpenAPIDecoder.decode(contentsOf: spec)
        let output = DiagnosticPrinter(format: format).render(result.diagnostics, file: spec)
        if !output.isEmpty { print(output) }
        if result.diagnostics.contains(where: { $0.id == "yaml-unreadable" }) { throw ExitCode(2) }
        if result.hasErrors { throw ExitCode(1) }
    }
}
