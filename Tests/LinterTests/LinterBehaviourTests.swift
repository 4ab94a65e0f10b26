import Diagnostics
import Foundation
import Linter
import Testing
import YAMLLoader

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Configuration, suppression, output formats and the documentation of the rules.
@Suite struct LinterBehaviourTests {
    static let document = """
        openapi: 3.0.3
        info: {title: T, version: '1', description: D, contact: {name: C}}
        servers: [{url: 'https://api.acme.test'}]
        paths:
          /a:
            get:
              operationId: getA
              tags: [A]
              responses: {'200': {description: OK}}
          /b:
            x-lint-ignore: [operation-tags, operation-summary]
            get:
              operationId: getB
              responses: {'200': {description: OK}}
        """

    static func lint(_ text: String, config: LintConfig = LintConfig()) throws -> Linter.Report {
        let yaml = try YAMLLoader().load(string: text, file: "api.yaml")
        return Linter(config: config).lint(yaml, path: "api.yaml")
    }

    static func config(_ text: String) throws -> LintConfig {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try LintConfig.load(url.path)
    }

    @Test func xLintIgnoreSilencesRulesForTheNodeAndWhatIsUnderIt() throws {
        let report = try Self.lint(Self.document)
        #expect(
            report.findings.map(\.description) == [
                "api.yaml:2:1: info: info has no license [info-license]",
                "api.yaml:6:5: warning: operation GET /a has no summary [operation-summary]",
            ])
        #expect(report.suppressed == 2)
    }

    @Test func configChangesSeveritiesTurnsRulesOffAndIgnoresWithAReason() throws {
        let config = try Self.config(
            """
            lint:
              ruleset: recommended
              rules:
                info-license: off
                operation-summary: error
              ignore:
                - rule: operation-summary
                  pointer: /paths/~1b
                  reason: covered by x-lint-ignore too
            """)
        let report = try Self.lint(Self.document, config: config)
        #expect(
            report.findings.map(\.description) == [
                "api.yaml:6:5: error: operation GET /a has no summary [operation-summary]"
            ])
        let ignoring = try Self.config(
            """
            ignore:
              - {rule: '*', files: 'api.*', reason: generated elsewhere}
            """)
        #expect(try Self.lint(Self.document, config: ignoring).findings.isEmpty)
    }

    @Test func operationsOfPathItemsInOtherFilesAreLintedWhereTheyAreWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lint-split-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("paths"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        openapi: 3.0.3
        info: {title: T, version: '1', description: D, contact: {name: C}, license: {name: MIT}}
        servers: [{url: 'https://api.acme.test'}]
        paths:
          /pets:
            $ref: 'paths/pets.yaml#/pets'
        components:
          schemas:
            Pet: {$ref: 'schemas/pet.yaml'}
        """.write(to: directory.appendingPathComponent("openapi.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try """
        type: object
        properties:
          kind: {type: string, enum: [cat, dog, cat]}
        """.write(to: directory.appendingPathComponent("schemas/pet.yaml"), atomically: true, encoding: .utf8)
        try """
        pets:
          get:
            operationId: listPets
            tags: [Pets]
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema: {type: array, items: {$ref: '../openapi.yaml#/components/schemas/Pet'}}
        """.write(to: directory.appendingPathComponent("paths/pets.yaml"), atomically: true, encoding: .utf8)
        let report = Linter().lint(path: directory.appendingPathComponent("openapi.yaml").path)
        let summary = try #require(report.findings.first { $0.id.rawValue == "operation-summary" })
        #expect(summary.place.file.hasSuffix("paths/pets.yaml"))
        #expect(summary.place.line == 2 && summary.place.column == 3)
        #expect(summary.message == "operation GET /pets has no summary")
        #expect(summary.pointer == "/pets/get")
        let duplicate = try #require(report.findings.first { $0.id.rawValue == "enum-values-unique" })
        #expect(duplicate.place.file.hasSuffix("schemas/pet.yaml"))
        #expect(duplicate.place.line == 3 && duplicate.place.column == 41)
        #expect(
            report.findings.filter { $0.id.rawValue == "enum-values-unique" }.count == 1, "each schema is linted once")
    }

    @Test func theAllRulesetAddsRulesTheRecommendedOneLeavesOut() throws {
        let recommended = try Self.lint(Self.document).findings.map(\.id.rawValue)
        let all = try Self.lint(Self.document, config: LintConfig(ruleset: .all)).findings.map(\.id.rawValue)
        #expect(!recommended.contains("operation-description"))
        #expect(all.contains("operation-description"))
    }

    @Test(arguments: [
        (
            "lint:\n  rules:\n    operation-sumary: off\n",
            ":3:5: error: unknown rule 'operation-sumary'; did you mean 'operation-summary'? [config-invalid]"
        ),
        (
            "lint:\n  ignore:\n    - {rule: info-license, pointer: /info}\n",
            ":3:7: error: an ignore entry needs a 'reason' [config-invalid]"
        ),
        ("lint:\n  ruleset: lenient\n", ":2:12: error: ruleset must be recommended, strict or all [config-invalid]"),
        (
            "lint:\n  rules:\n    info-license: loud\n",
            ":3:19: error: severity of 'info-license' must be error, warning, info, hint or off [config-invalid]"
        ),
    ])
    func configProblemsAreLocated(text: String, suffix: String) throws {
        do {
            _ = try Self.config(text)
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(error.description.hasSuffix(suffix), "\(error.description)")
        }
    }

    @Test func aSecondPlaceIsANoteInTextAndARelatedLocationInJSONAndSARIF() throws {
        let report = try Self.lint(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    O:\n"
                + "      properties:\n        a_b: {type: string}\n        a-b: {type: string}\n")
        let collision = try #require(report.findings.first { $0.id.rawValue == "swift-name-collision" })
        #expect(
            collision.description == """
                api.yaml:9:9: warning: property name collision: 'a_b' and 'a-b' both become 'aB'; 'a-b' is named 'aB2' [swift-name-collision]
                api.yaml:8:9: note: 'a_b' is named 'aB' here
                """)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(LintOutputFormat.json.render([report]).utf8)) as? [String: Any])
        let finding = try #require(
            (json["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "swift-name-collision" })
        let related = try #require((finding["related"] as? [[String: Any]])?.first)
        #expect(
            related["line"] as? Int == 8 && related["column"] as? Int == 9 && related["file"] as? String == "api.yaml")
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(LintOutputFormat.sarif.render([report]).utf8)) as? [String: Any]
        )
        let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let result = try #require(results.first { $0["ruleId"] as? String == "swift-name-collision" })
        let location = try #require((result["relatedLocations"] as? [[String: Any]])?.first)
        #expect((location["message"] as? [String: Any])?["text"] as? String == "'a_b' is named 'aB' here")
        let region = (location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 8 && region?["startColumn"] as? Int == 9)
    }

    @Test func formatsCarryEveryFinding() throws {
        let report = try Self.lint(Self.document)
        let text = LintOutputFormat.text.render([report])
        #expect(text.hasSuffix("api.yaml: 0 errors, 1 warning, 1 info, 0 hints\n"))

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(LintOutputFormat.json.render([report]).utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["info-license", "operation-summary"])
        #expect(findings[1]["pointer"] as? String == "/paths/~1a/get")
        #expect(findings[1]["line"] as? Int == 6)

        #expect(
            LintOutputFormat.github.render([report]) == """
                ::notice file=api.yaml,line=2,col=1,title=info-license::info has no license
                ::warning file=api.yaml,line=6,col=5,title=operation-summary::operation GET /a has no summary

                """)

        let junit = LintOutputFormat.junit.render([report])
        let parsed = try XMLDocument(xmlString: junit)
        #expect(try parsed.nodes(forXPath: "//testcase").count == 2)
        #expect(try parsed.nodes(forXPath: "//failure").count == 1)
        let names = try parsed.nodes(forXPath: "//testcase/@name").compactMap(\.stringValue)
        #expect(names == ["info-license at api.yaml:2:1", "operation-summary at api.yaml:6:5"])
    }

    @Test func sarifHasTheStructureCodeScanningReads() throws {
        let report = try Self.lint(Self.document)
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(LintOutputFormat.sarif.render([report]).utf8)) as? [String: Any]
        )
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "plexus-gen")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == LintRules.descriptors.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            #expect(["error", "warning", "note", "none"].contains(result["level"] as? String))
            let location = try #require(
                (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let region = try #require(location["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "api.yaml")
        }
    }

    @Test func theRulesDocumentIsCurrent() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("docs/lint-rules.md")
        if ProcessInfo.processInfo.environment["LINT_RECORD"] == "1" {
            try LintRuleList.markdown().write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(
            try String(contentsOf: file, encoding: .utf8) == LintRuleList.markdown(), "regenerate with LINT_RECORD=1")
    }
}

@Suite struct LongOutputTests {
    /// 10,000 and more diagnostics are formatted in two halves at once; the lines are those of one pass, in order.
    @Test func manyDiagnosticsFormatAsOnePassWould() {
        let diagnostics = (0..<12_001).map { index in
            Diagnostic(
                index % 3 == 0 ? .warning : .error, "message \(index) with\u{1B}escape",
                at:
                    SourceLocation(file: "api.yaml", line: index + 1, column: 3), id: DiagnosticID("rule-\(index % 7)"),
                related: index % 2 == 0
                    ? [RelatedLocation("first here", at: SourceLocation(file: "api.yaml", line: 1, column: 1))] : [])
        }
        #expect(Diagnostic.lines(of: diagnostics) == diagnostics.map(\.description))
        #expect(Diagnostic.lines(of: Array(diagnostics.prefix(3))) == diagnostics.prefix(3).map(\.description))
    }
}
