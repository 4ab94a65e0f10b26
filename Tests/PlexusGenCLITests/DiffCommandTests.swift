import Foundation
import Testing

/// `plexus-gen diff` as CI runs it: exit codes, the four formats, ignore entries, documents read from git, and
/// clear errors for input it cannot compare.
@Suite struct DiffCommandTests {
    static let cases = "Tests/SpecDiffTests/Fixtures/cases/"

    static func pair(_ name: String) -> [String] {
        [cases + name + "/old.yaml", cases + name + "/new.yaml"]
    }

    @Test func thePlexusSpecAgainstItselfIsUnchanged() throws {
        let result = try CLI.run(["diff", "openapi.yaml", "openapi.yaml"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("0 breaking, 0 potentially breaking, 0 compatible"))
        #expect(result.standardOutput.contains("suggested SDK version bump: none"))
    }

    @Test func exitCodesFollowFailOn() throws {
        // A breaking change: exit 1 by default, 0 with --fail-on never.
        let breaking = try CLI.run(["diff", "--no-config"] + Self.pair("parameter-added-required"))
        #expect(breaking.status == 1)
        #expect(breaking.standardOutput.contains("error: GET /pets: new required query parameter 'owner'"))
        #expect(breaking.standardOutput.contains("[parameter-added-required]"))
        #expect(breaking.standardOutput.contains("note: in the old document"))
        #expect(breaking.standardOutput.contains("suggested SDK version bump: major"))
        let never = try CLI.run(["diff", "--no-config", "--fail-on", "never"] + Self.pair("parameter-added-required"))
        #expect(never.status == 0)
        // Only potentially breaking: passes the default, fails --fail-on potentially-breaking.
        let potential = Self.pair("parameter-default-changed")
        #expect(try CLI.run(["diff", "--no-config"] + potential).status == 0)
        #expect(try CLI.run(["diff", "--no-config", "--fail-on", "potentially-breaking"] + potential).status == 1)
        // Compatible only: a minor bump.
        let compatible = try CLI.run(["diff", "--no-config"] + Self.pair("parameter-added-optional"))
        #expect(compatible.status == 0)
        #expect(compatible.standardOutput.contains("suggested SDK version bump: minor"))
    }

    @Test func jsonCarriesEveryFindingWithBothLocations() throws {
        let result = try CLI.run(["diff", "--no-config", "--format", "json"] + Self.pair("operation-id-changed"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(
            Set(findings.compactMap { $0["check"] as? String })
                == ["operation-id-changed", "swift-method-renamed", "swift-requirement-added"])
        let renamed = try #require(findings.first { $0["check"] as? String == "swift-method-renamed" })
        #expect(renamed["severity"] as? String == "breaking")
        #expect(renamed["level"] as? String == "swift")
        #expect((renamed["old"] as? [String: Any])?["line"] as? Int ?? 0 > 0)
        #expect(((renamed["new"] as? [String: Any])?["file"] as? String)?.hasSuffix("new.yaml") == true)
        #expect((object["suggestedBump"] as? [String: Any])?["level"] as? String == "major")
        #expect((object["summary"] as? [String: Any])?["breaking"] as? Int == 2)
    }

    @Test func markdownGroupsFindingsByOperation() throws {
        let result = try CLI.run(
            ["diff", "--no-config", "--format", "markdown", "--fail-on", "never"] + Self.pair("path-parameter-renamed"))
        let text = result.standardOutput
        #expect(text.hasPrefix("## API changes:"))
        #expect(text.contains("**Suggested SDK version bump: major**"))
        #expect(text.contains("### GET /pets/{id}"))
        #expect(text.contains("### DELETE /pets/{id}"))
        #expect(text.contains("| 🔴 |"))
        #expect(text.contains("`swift-argument-renamed`"))
    }

    @Test func githubFormatAnnotatesTheNewDocument() throws {
        let result = try CLI.run(
            ["diff", "--no-config", "--format", "github", "--fail-on", "never"] + Self.pair("response-enum-value-added")
        )
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("::warning file=\(Self.cases)response-enum-value-added/new.yaml,line=") })
        #expect(lines.contains { $0.contains("title=plexus-gen diff%3A response-enum-value-added::") })
        #expect(lines.last?.hasPrefix("::notice title=plexus-gen diff::") == true)
    }

    @Test func ignoreEntriesOfTheConfigLeaveFindingsOut() throws {
        let directory = try CLI.directory(with: [
            "plexus-gen.yaml": """
            modes: [types, client]
            diff:
              ignore:
                - check: parameter-added-required
                  subject: "GET /pets"
                  reason: the owner filter ships with a new app release
                - check: swift-argument-added
                  reason: same change
            """
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let pair = Self.pair("parameter-added-required").map { CLI.repository.appendingPathComponent($0).path }
        let result = try CLI.run(["diff", "--format", "json"] + pair, in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect((object["findings"] as? [Any])?.isEmpty == true)
        let ignored = try #require(object["ignored"] as? [[String: Any]])
        #expect(ignored.count == 2)
        #expect(ignored.contains { $0["reason"] as? String == "the owner filter ships with a new app release" })

        let badConfig = try CLI.directory(with: [
            "plexus-gen.yaml": "diff:\n  ignore:\n    - check: parameter-added-requird\n      reason: typo\n"
        ])
        defer { try? FileManager.default.removeItem(at: badConfig) }
        let refused = try CLI.run(["diff"] + pair, in: badConfig)
        #expect(refused.status == 2)
        #expect(
            refused.standardError.contains(
                "plexus-gen.yaml:3:14: error: unknown check 'parameter-added-requird'; did you mean 'parameter-added-required'?"
            ))
    }

    @Test func documentsAreReadFromGitRevisionsWithTheFilesTheyReference() throws {
        let directory = try CLI.directory(with: [
            "api/openapi.yaml": """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: The pets
                      content:
                        application/json:
                          schema:
                            $ref: 'schemas/pet.yaml#/Pet'
            """,
            "api/schemas/pet.yaml": """
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                tag: {type: string}
            """,
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        for command in [
            ["init", "-q"], ["add", "."],
            ["-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-qm", "base"],
        ] {
            let git = try CLI.run(["git"] + command, in: directory, program: URL(fileURLWithPath: "/usr/bin/env"))
            #expect(git.status == 0, "\(git.standardError)")
        }
        // The working copy drops `tag` from the referenced file.
        try "Pet:\n  type: object\n  required: [name]\n  properties:\n    name: {type: string}\n".write(
            to: directory.appendingPathComponent("api/schemas/pet.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", "HEAD:api/openapi.yaml", "api/openapi.yaml"], in: directory)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("api/schemas/pet.yaml:"))
        #expect(result.standardOutput.contains("HEAD:api/schemas/pet.yaml:"))
        #expect(result.standardOutput.contains("[response-property-removed]"))
        #expect(result.standardOutput.contains("HEAD:api/openapi.yaml → api/openapi.yaml"))
        // A path relative to the current directory.
        let relative = try CLI.run(
            ["diff", "HEAD:./openapi.yaml", "openapi.yaml", "--fail-on", "never"],
            in: directory.appendingPathComponent("api"))
        #expect(relative.status == 0, "\(relative.standardError)")
        #expect(relative.standardOutput.contains("[response-property-removed]"))
        // A revision or path git does not have.
        let missing = try CLI.run(["diff", "HEAD:api/nope.yaml", "api/openapi.yaml"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("HEAD:api/nope.yaml: error: git show"))
    }

    @Test func inputItCannotCompareIsAnErrorWithItsLocation() throws {
        let directory = try CLI.directory(with: [
            "broken.yaml": "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a: [unclosed\n",
            "good.yaml": "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = try CLI.run(["diff", "good.yaml", "broken.yaml"], in: directory)
        #expect(broken.status == 2)
        #expect(broken.standardError.contains("broken.yaml:"))
        #expect(broken.standardError.contains("broken.yaml: cannot be compared because of errors"))
        #expect(broken.standardOutput.isEmpty)
        let absent = try CLI.run(["diff", "good.yaml", "absent.yaml"], in: directory)
        #expect(absent.status == 2)
        let usage = try CLI.run(["diff"], in: directory)
        #expect(usage.status == 2)
    }

    @Test func listChecksPrintsEveryCheck() throws {
        let result = try CLI.run(["diff", "--list-checks"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count >= 60)
        #expect(lines.contains { $0.hasPrefix("parameter-became-required\tcontract\tparameters\t") })
        #expect(lines.contains { $0.hasPrefix("swift-enum-case-added\tswift\tenums\t") })
    }
}
