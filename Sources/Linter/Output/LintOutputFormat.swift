import Diagnostics
import Foundation

/// How `plexus-gen lint` prints its findings.
public enum LintOutputFormat: String, Sendable, CaseIterable {
    /// The compiler format, one finding per line, then a summary line per file.
    case text
    /// One JSON object: `{"version": 1, "files": [{"file", "errors", "warnings", "infos", "hints"}], "findings":
    /// [{"rule", "severity", "message", "file", "line", "column", "pointer"}]}`.
    case json
    /// SARIF 2.1.0, as GitHub code scanning reads it.
    case sarif
    /// GitHub Actions workflow commands (`::warning file=…,line=…,col=…::`), annotating the pull request.
    case github
    /// JUnit XML: one test case per finding (failures for errors and warnings).
    case junit

    /// The reports in this format, ending with a newline when there is any output.
    public func render(_ reports: [Linter.Report]) -> String {
        let findings = reports.flatMap(\.findings)
        switch self {
        case .text:
            return (Diagnostic.lines(of: findings) + reports.map(Self.summary)).joined(separator: "\n") + "\n"
        case .json: return Self.json(reports)
        case .sarif: return SARIFReport.render(findings)
        case .github:
            return findings.map { finding in
                let level =
                    switch finding.severity {
                    case .error: "error"
                    case .warning: "warning"
                    case .info, .hint: "notice"
                    }
                let location = finding.place
                return
                    "::\(level) file=\(Self.escapeProperty(location.file)),line=\(location.line),col=\(location.column),"
                    + "title=\(Self.escapeProperty(finding.id.rawValue))::\(Self.escapeData(finding.message))"
            }.joined(separator: "\n") + (findings.isEmpty ? "" : "\n")
        case .junit: return Self.junit(reports)
        }
    }

    /// `openapi.yaml: 1 error, 2 warnings, 0 infos, 0 hints`.
    static func summary(_ report: Linter.Report) -> String {
        func count(_ severity: Diagnostic.Severity, _ word: String) -> String {
            let number = report.findings.filter { $0.severity == severity }.count
            return "\(number) \(word)\(number == 1 ? "" : "s")"
        }
        return "\(report.file): "
            + [count(.error, "error"), count(.warning, "warning"), count(.info, "info"), count(.hint, "hint")]
            .joined(separator: ", ")
    }

    static func json(_ reports: [Linter.Report]) -> String {
        let files: [[String: Any]] = reports.map { report in
            var entry: [String: Any] = ["file": report.file]
            for (severity, key) in [
                (Diagnostic.Severity.error, "errors"), (.warning, "warnings"), (.info, "infos"), (.hint, "hints"),
            ] {
                entry[key] = report.findings.filter { $0.severity == severity }.count
            }
            return entry
        }
        let findings: [[String: Any]] = reports.flatMap(\.findings).map { finding in
            var entry: [String: Any] = [
                "rule": finding.id.rawValue, "severity": finding.severity.rawValue, "message": finding.message,
                "file": finding.place.file, "line": finding.place.line, "column": finding.place.column,
                "pointer": finding.pointer ?? "",
            ]
            if !finding.related.isEmpty {
                entry["related"] = finding.related.map { related -> [String: Any] in
                    [
                        "message": related.message, "file": related.location.file, "line": related.location.line,
                        "column": related.location.column,
                    ]
                }
            }
            return entry
        }
        let object: [String: Any] = ["version": 1, "files": files, "findings": findings]
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func junit(_ reports: [Linter.Report]) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>"]
        let all = reports.flatMap(\.findings)
        let failures = all.filter { $0.severity >= .warning }.count
        lines.append(
            "<testsuites name=\"plexus-gen lint\" tests=\"\(max(all.count, reports.count))\" failures=\"\(failures)\">")
        for report in reports {
            let failing = report.findings.filter { $0.severity >= .warning }.count
            lines.append(
                "  <testsuite name=\"\(xml(report.file))\" tests=\"\(max(report.findings.count, 1))\" failures=\"\(failing)\">"
            )
            if report.findings.isEmpty {
                lines.append("    <testcase classname=\"plexus-gen.lint\" name=\"\(xml(report.file))\"/>")
            }
            for finding in report.findings {
                let name = xml("\(finding.id.rawValue) at \(finding.place)")
                lines.append("    <testcase classname=\"\(xml(finding.id.rawValue))\" name=\"\(name)\">")
                if finding.severity >= .warning {
                    lines.append(
                        "      <failure type=\"\(finding.severity.rawValue)\" message=\"\(xml(finding.message))\">\(xml(finding.description))</failure>"
                    )
                } else {
                    lines.append("      <system-out>\(xml(finding.description))</system-out>")
                }
                lines.append("    </testcase>")
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` for an XML 1.0 attribute or element: markup escaped, line breaks and tabs as character references,
    /// and the characters XML 1.0 cannot carry at all (other controls, U+FFFE, U+FFFF) as visible `\u{…}` text.
    static func xml(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += TerminalText.unicodeEscape(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// GitHub's escaping of a workflow command's message.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a workflow command's property values.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
