import ArgumentParser
import Diagnostics
import Foundation

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// Renders diagnostics as compiler-style lines plus a summary, or as a JSON report.
struct DiagnosticPrinter {
    var format: DiagnosticFormat

    func render(_ diagnostics: [Diagnostic], file: String) -> String {
        switch format {
        case .text: renderText(diagnostics, file: file)
        case .json: renderJSON(diagnostics, file: file)
        }
    }

    private func count(_ diagnostics: [Diagnostic], _ severity: Diagnostic.Severity) -> Int {
        diagnostics.lazy.filter { $0.severity == severity }.count
    }

    private func renderText(_ diagnostics: [Diagnostic], file: String) -> String {
        var lines = diagnostics.map(\.description)
        let errors = count(diagnostics, .error)
        let warnings = count(diagnostics, .warning)
        lines.append("\(file): \(plural(errors, "error")), \(plural(warnings, "warning"))")
        return lines.joined(separator: "\n")
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    private struct Report: Encodable {
        struct Entry: Encodable {
            var severity: String
            var id: String
            var message: String
            var file: String?
            var line: Int?
            var column: Int?
        }

        var file: String
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    private func renderJSON(_ diagnostics: [Diagnostic], file: String) -> String {
        let report = Report(
            file: file, errors: count(diagnostics, .error), warnings: count(diagnostics, .warning),
            diagnostics: diagnostics.map {
                Report.Entry(
                    severity: $0.severity.rawValue, id: $0.id.rawValue, message: $0.message, file: $0.location?.file,
                    line: $0.location?.line, column: $0.location?.column)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Writes a line to standard error.
func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
