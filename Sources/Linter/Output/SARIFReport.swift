import Diagnostics
import Foundation

/// Findings as SARIF 2.1.0: one run of the `plexus-gen` tool, every rule described, one result per finding with
/// its region and the node's JSON pointer as logical location.
enum SARIFReport {
    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .hint: "note"
        }
    }

    static func render(_ findings: [Diagnostic]) -> String {
        let descriptors = LintRules.descriptors
        let index = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1.id, $0) })
        let rules: [[String: Any]] = descriptors.map { rule in
            [
                "id": rule.id,
                "shortDescription": ["text": rule.summary],
                "fullDescription": ["text": rule.rationale],
                "defaultConfiguration": ["level": level(rule.severity)],
                "properties": ["category": rule.category.rawValue, "ruleset": rule.ruleset.rawValue],
            ]
        }
        let results: [[String: Any]] = findings.map { finding in
            var result: [String: Any] = [
                "ruleId": finding.id.rawValue,
                "level": level(finding.severity),
                "message": ["text": finding.message],
                "locations": [
                    [
                        "physicalLocation": [
                            "artifactLocation": ["uri": finding.place.file],
                            "region": ["startLine": finding.place.line, "startColumn": finding.place.column],
                        ] as [String: Any],
                        "logicalLocations": finding.pointer.map { [["fullyQualifiedName": $0, "kind": "member"]] }
                            ?? [],
                    ] as [String: Any]
                ],
            ]
            if !finding.related.isEmpty {
                result["relatedLocations"] = finding.related.enumerated().map { offset, related -> [String: Any] in
                    [
                        "id": offset,
                        "message": ["text": related.message],
                        "physicalLocation": [
                            "artifactLocation": ["uri": related.location.file],
                            "region": ["startLine": related.location.line, "startColumn": related.location.column],
                        ] as [String: Any],
                    ]
                }
            }
            if let ruleIndex = index[finding.id.rawValue] { result["ruleIndex"] = ruleIndex }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": ["driver": ["name": "plexus-gen", "rules": rules]],
                    "results": results,
                    "columnKind": "unicodeCodePoints",
                ] as [String: Any]
            ],
        ]
        let data =
            (try? JSONSerialization.data(
                withJSONObject: log, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
