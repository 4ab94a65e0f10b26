public import Diagnostics
import Foundation

/// How `plexus-gen diff` prints its report.
public enum DiffOutputFormat: String, Sendable, CaseIterable {
    /// Compiler-style lines (`file:line:col: error: ... [check-id]`), then a summary and the suggested version.
    case text
    /// One JSON object: summary, suggested version, findings with both locations.
    case json
    /// A pull-request comment: the suggested version, counts, then the findings grouped by operation.
    case markdown
    /// GitHub Actions workflow commands, annotating the new document's lines.
    case github

    /// The report in this format.
    public func render(_ report: DiffReport) -> String {
        switch self {
        case .text: return Self.text(report)
        case .json: return Self.json(report)
        case .markdown: return Self.markdown(report)
        case .github: return Self.github(report)
        }
    }

    /// `3 breaking, 1 potentially breaking, 2 compatible (1 ignored)`.
    static func counts(_ report: DiffReport) -> String {
        let counts = DiffSeverity.allCases.reversed().map { severity in
            "\(report.findings.filter { $0.severity == severity }.count) \(severity.words)"
        }
        return counts.joined(separator: ", ") + (report.ignored.isEmpty ? "" : " (\(report.ignored.count) ignored)")
    }

    private static func text(_ report: DiffReport) -> String {
        let lines = Diagnostic.lines(of: report.findings.map(\.diagnostic))
        let summary = TerminalText.escaped(
            "\(report.old) → \(report.new): \(counts(report)); suggested SDK version bump: "
                + "\(report.bump.level.rawValue) (\(report.bump.reason))")
        return (lines + [summary]).joined(separator: "\n") + "\n"
    }

    private static func github(_ report: DiffReport) -> String {
        var lines = report.findings.map { finding -> String in
            let level =
                switch finding.severity {
                case .breaking: "error"
                case .potentiallyBreaking: "warning"
                case .compatible: "notice"
                }
            let place = finding.location.map {
                "file=\(escapeProperty($0.file)),line=\($0.line),col=\($0.column),"
            }
            return "::\(level) \(place ?? "")title=\(escapeProperty("plexus-gen diff: " + finding.check.id))::"
                + escapeData("\(finding.subject): \(finding.message) (\(finding.effects))")
        }
        lines.append(
            "::notice title=plexus-gen diff::"
                + escapeData("\(counts(report)); suggested SDK version bump: \(report.bump.level.rawValue)"))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    private static func json(_ report: DiffReport) -> String {
        func place(_ location: SourceLocation?) -> Any {
            guard let location else { return NSNull() }
            return ["file": location.file, "line": location.line, "column": location.column] as [String: Any]
        }
        func entry(_ finding: DiffFinding) -> [String: Any] {
            var entry: [String: Any] = [
                "check": finding.check.id, "level": finding.check.level.rawValue,
                "severity": finding.severity.rawValue, "message": finding.message, "subject": finding.subject,
                "old": place(finding.old), "new": place(finding.new),
            ]
            if let clients = finding.clients { entry["clients"] = clients.rawValue }
            if let servers = finding.servers { entry["servers"] = servers.rawValue }
            if !finding.alsoAffects.isEmpty { entry["alsoAffects"] = finding.alsoAffects }
            if finding.sentByAPI { entry["sentByAPI"] = true }
            return entry
        }
        var summary: [String: Any] = ["ignored": report.ignored.count]
        for severity in DiffSeverity.allCases {
            summary[severity.rawValue] = report.findings.filter { $0.severity == severity }.count
        }
        let object: [String: Any] = [
            "version": 1, "old": report.old, "new": report.new, "summary": summary,
            "suggestedBump": ["level": report.bump.level.rawValue, "reason": report.bump.reason],
            "findings": report.findings.map(entry),
            "ignored": report.ignored.map { ignored -> [String: Any] in
                var item = entry(ignored.finding)
                item["reason"] = ignored.reason
                return item
            },
        ]
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func markdown(_ report: DiffReport) -> String {
        var lines = [
            "## API changes: `\(code(report.old))` → `\(code(report.new))`", "",
            "**Suggested SDK version bump: \(report.bump.level.rawValue)**: \(cell(report.bump.reason)).", "",
            counts(report) + ".",
        ]
        // Grouped by operation (or schema), the groups in the order of their first finding.
        var order: [String] = []
        var groups: [String: [DiffFinding]] = [:]
        for finding in report.findings {
            if groups[finding.subject] == nil { order.append(finding.subject) }
            groups[finding.subject, default: []].append(finding)
        }
        for subject in order {
            let findings = (groups[subject] ?? []).sorted { ($0.severity, $1.check.id) > ($1.severity, $0.check.id) }
            lines += [
                "", "### \(subject.isEmpty ? "Document" : cell(subject))", "",
                "| | Change | Effect | Check | Where |", "|---|---|---|---|---|",
            ]
            for finding in findings {
                let mark =
                    switch finding.severity {
                    case .breaking: "🔴"
                    case .potentiallyBreaking: "🟠"
                    case .compatible: "🟢"
                    }
                let place = finding.location.map { "`\(code("\($0.file):\($0.line)"))`" } ?? ""
                let also = finding.alsoAffects.isEmpty ? "" : " (also \(finding.alsoAffects.joined(separator: ", ")))"
                lines.append(
                    "| \(mark) | \(cell(finding.message + also)) | \(cell(finding.effects)) | `\(finding.check.id)` "
                        + "| \(place) |")
            }
        }
        if !report.ignored.isEmpty {
            lines += ["", "<details><summary>\(report.ignored.count) ignored</summary>", ""]
            lines += report.ignored.map {
                "- `\($0.finding.check.id)` \(cell($0.finding.subject)): \(cell($0.finding.message)) — \(cell($0.reason))"
            }
            lines += ["", "</details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a table cell: pipes escaped, one line, HTML not interpreted.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Text inside a code span: no backticks to end it early.
    private static func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " ")
    }
}
