import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func thePlexusSpecIsValid() throws {
        let result = try CLI.run(["validate"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "openapi.yaml: 0 errors, 0 warnings, 0 infos, 0 hints\n")
    }

    @Test func verboseShowsNotes() throws {
        let result = try CLI.run(["validate", "--verbose"])
        #expect(result.status == 0)
        #expect(
            result.standardOutput == """
                openapi.yaml:2706:5: info: type 'Error' is generated as 'ErrorModel' so it does not hide Swift's 'Error' [renamed-type]
                openapi.yaml: 0 errors, 0 warnings, 1 info, 0 hints

                """)
    }

    @Test func brokenReferencesInOtherFilesAreReported() throws {
        let directory = try CLI.directory(with: [
            "api.yaml":
                "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'b.yaml'}\n",
            "b.yaml": "type: object\nproperties:\n  c: {$ref: '#/nowhere'}\n",
        ])
        let result = try CLI.run(["validate", "api.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.standardOutput == """
                b.yaml:3:13: error: unresolved reference '#/nowhere': no 'nowhere' in '#/' [unresolved-ref]
                api.yaml: 1 error, 0 warnings, 0 infos, 0 hints

                """)
    }

    @Test func errorsExitOneInCompilerFormat() throws {
        let directory = try CLI.directory(with: [
            "api.yaml":
                "openapi: 3.0.3\ninfo: {title: T, versoin: '1'}\npaths:\n  /a: {get: {responses: {'2000': {description: X}}}}\n"
        ])
        let result = try CLI.run(["validate", "api.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.standardOutput == """
                api.yaml:2:7: error: missing required field 'version' in info [missing-field]
                api.yaml:2:18: warning: unknown key 'versoin' in info; did you mean 'version'? [unknown-key]
                api.yaml:4:26: error: invalid response status code '2000'; expected 100-599, 1XX-5XX or default [invalid-status-code]
                api.yaml: 2 errors, 1 warning, 0 infos, 0 hints

                """)
    }

    @Test func warningsAloneExitZero() throws {
        let directory = try CLI.directory(with: [
            "api.yaml": "openapi: 3.0.3\ninfo: {title: T, version: '1', x-ok: 1, colour: red}\npaths: {}\n"
        ])
        let result = try CLI.run(["validate", "api.yaml"], in: directory)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("api.yaml:2:41: warning: unknown key 'colour' in info [unknown-key]"))
    }

    @Test func jsonFormat() throws {
        let directory = try CLI.directory(with: ["api.yaml": "openapi: 3.0.3\ninfo: {title: T}\npaths: {}\n"])
        let result = try CLI.run(["validate", "api.yaml", "--format", "json"], in: directory)
        #expect(result.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        // The lint report's shape: a summary per file, then the findings with their ids under `rule`.
        let file = (report?["files"] as? [[String: Any]])?.first
        #expect(file?["file"] as? String == "api.yaml")
        #expect(file?["errors"] as? Int == 1)
        #expect(file?["warnings"] as? Int == 0)
        let first = (report?["findings"] as? [[String: Any]])?.first
        #expect(first?["rule"] as? String == "missing-field")
        #expect(first?["message"] as? String == "missing required field 'version' in info")
        #expect(first?["severity"] as? String == "error")
        #expect(first?["line"] as? Int == 2)
        #expect(first?["column"] as? Int == 7)
        #expect(first?["file"] as? String == "api.yaml")
    }

    @Test func everyLintFormatIsAValidateFormat() throws {
        let directory = try CLI.directory(with: ["api.yaml": "openapi: 3.0.3\ninfo: {title: T}\npaths: {}\n"])
        let sarif = try CLI.run(["validate", "api.yaml", "--format", "sarif"], in: directory)
        let log = try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.map { $0["ruleId"] as? String } == ["missing-field"])
        let github = try CLI.run(["validate", "api.yaml", "--format", "github"], in: directory)
        #expect(
            github.standardOutput
                == "::error file=api.yaml,line=2,col=7,title=missing-field::missing required field 'version' in info\n")
        let junit = try CLI.run(["validate", "api.yaml", "--format", "junit"], in: directory)
        #expect(junit.standardOutput.contains("<testcase classname=\"missing-field\""))
        #expect([sarif.status, github.status, junit.status] == [1, 1, 1])
    }

    @Test func unreadableInputExitsTwo() throws {
        let result = try CLI.run(["validate", "/nonexistent/api.yaml"])
        #expect(result.status == 2)
        #expect(
            result.standardOutput.hasPrefix(
                "error: cannot read '/nonexistent/api.yaml': No such file or directory [yaml-unreadable]\n"))
    }

    @Test func malformedYAMLExitsOne() throws {
        let directory = try CLI.directory(with: ["api.yaml": "openapi: 3.0.3\ninfo:\n  title: T\n version: 1\n"])
        let result = try CLI.run(["validate", "api.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("api.yaml:4:2: error: "))
        #expect(result.standardOutput.contains("[yaml-syntax]"))
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try CLI.run(["validate", "--format", "xml"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--format"))
    }

    @Test func versionAndHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput == "0.1.0\n")
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("validate"))
        #expect(help.standardOutput.contains("Exit codes: 0 success, 1 the document has errors, 2 usage problems"))
    }
}
