import ArgumentParser
import Diagnostics
import OpenAPIModel
import Resolver
import SwiftEmitter

/// `--strict`: the readings plexus-gen makes of documents that deviate from the specification in a way with one
/// reasonable meaning, and the constructs it generates in a simpler form or leaves out, are errors instead of
/// warnings. For CI gates that must keep a document to the letter of the specification.
enum StrictMode {
    /// The warnings `--strict` turns into errors.
    static let promoted: Set<DiagnosticID> = [
        .keywordOfOtherVersion, .nullableIn31, .requiredUndeclared, .enumValueType, .swagger2Conversion,
        .refNotAllowedHere, .unsupportedConstruct, .operationSkipped,
    ]

    /// The help text of the `--strict` flag.
    static let help: ArgumentHelp =
        "Make the tolerant readings of deviations (3.0 keywords in 3.1 and back, undeclared required names, enum values of another type, $ref where OpenAPI allows none, Swagger 2.0 constructs without an equivalent) and every construct generated in a simpler form or left out errors instead of warnings."

    /// `diagnostics` with the promoted warnings made errors when `strict`.
    static func apply(_ diagnostics: [Diagnostic], strict: Bool) -> [Diagnostic] {
        guard strict else { return diagnostics }
        return diagnostics.map { diagnostic in
            guard diagnostic.severity == .warning, promoted.contains(diagnostic.id) else { return diagnostic }
            var error = diagnostic
            error.severity = .error
            return error
        }
    }
}
