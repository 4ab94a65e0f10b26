import Diagnostics
import Foundation
import OpenAPIModel
import Resolver

/// Rules about whether the document is valid OpenAPI and its references resolve; the decoder and resolver find
/// these, the rules give them ids, severities and suppression.
enum ValidityRules {
    static let rules: [LintRule] = [structure] + mapped

    /// Every error of the pipeline no other rule claims, so no error the loader, decoder or resolver finds is lost.
    static let structure = LintRule(
        "oas-structure", .error, .recommended, .validity,
        summary:
            "The document is well-formed YAML/JSON and valid OpenAPI 3.0 or 3.1: required fields present, values of the right type.",
        rationale:
            "Tools disagree on invalid documents; a generator cannot be trusted on one. Fix the field the message names."
    ) { context, sink in
        let claimed = Set(mapped.flatMap(\.pipelineIDs))
        for diagnostic in context.pipelineDiagnostics
        where diagnostic.severity == .error && !claimed.contains(diagnostic.id) {
            sink.report(diagnostic, in: context)
        }
    }

    static let mapped: [LintRule] = [
        .pipeline(
            "unknown-key", .warning, .validity, ids: [.unknownKey],
            summary: "Every key is one OpenAPI defines for its object (or an `x-` extension).",
            rationale:
                "A misspelt key (`sumary`, `requird`) is silently ignored by every tool; the message suggests the key meant."
        ),
        .pipeline(
            "ref-unresolved", .error, .validity,
            ids: [.unresolvedRef, .refUnreadable, .refRemote, .refOutsideRoot],
            summary:
                "Every `$ref` points at something that exists, in this file or a relative file under the allowed root.",
            rationale: "A broken reference fails every consumer; the message suggests the closest existing target."),
        .pipeline(
            "ref-wrong-kind", .error, .validity, ids: [.refWrongKind],
            summary: "A `$ref` points at the kind of object its place expects (a schema where a schema belongs, ...).",
            rationale: "A parameter referencing a schema, or a response referencing a request body, is invalid."),
        .pipeline(
            "ref-cycle", .error, .validity, ids: [.refCycle],
            summary: "References outside schemas (parameters, responses, path items) do not loop.",
            rationale: "Only schemas may be recursive; a loop elsewhere has no meaning."),
        .pipeline(
            "ref-siblings", .warning, .validity, ids: [.refSiblings],
            summary: "In OpenAPI 3.0, keys beside `$ref` are ignored, so there are none.",
            rationale: "OpenAPI 3.0 says siblings of `$ref` are ignored; move them into the target or wrap in `allOf`."),
        .pipeline(
            "path-params-declared", .error, .validity, ids: [.pathParameterUndeclared, .invalidPath],
            summary: "Every `{name}` in a path template is declared as a path parameter of each of its operations.",
            rationale: "A client cannot fill a placeholder it does not know."),
        .pipeline(
            "path-params-used", .error, .validity, ids: [.pathParameterUnused],
            summary: "Every path parameter appears as `{name}` in its path.",
            rationale: "A path parameter that is not in the template can never be sent."),
        .pipeline(
            "path-params-required", .error, .validity, ids: [.pathParameterRequired],
            summary: "Path parameters say `required: true`.",
            rationale: "OpenAPI requires it: a path segment cannot be absent."),
        .pipeline(
            "security-scheme-defined", .error, .validity, ids: [.unknownSecurityScheme],
            summary: "Security requirements name schemes declared in `components.securitySchemes`.",
            rationale: "An undeclared scheme cannot be applied by any client."),
        .pipeline(
            "example-value-or-external", .error, .validity, ids: [.exampleValue],
            summary: "An Example object has `value` or `externalValue`, not both.",
            rationale: "OpenAPI makes them mutually exclusive; tools pick one arbitrarily."),
        .pipeline(
            "discriminator-mapping", .error, .codegen, ids: [.discriminatorMapping],
            summary: "A discriminator's mapping points at schemas that exist and are variants of the union.",
            rationale: "A mapping to nothing makes the discriminator value undecodable."),
        .pipeline(
            "nullable-in-31", .warning, .validity, ids: [.nullableIn31],
            summary: "OpenAPI 3.1 documents express null with `type: [T, 'null']`, not `nullable`.",
            rationale: "3.1 removed `nullable`; 3.1 tools ignore it, so the value is not nullable for them."),
        .pipeline(
            "keyword-of-other-version", .warning, .validity, ids: [.keywordOfOtherVersion],
            summary:
                "Schema keywords take the form of the document's OpenAPI version (a numeric `exclusiveMinimum` and type lists in 3.1, a boolean one beside `minimum` in 3.0).",
            rationale:
                "Tools of the declared version misread the other form; plexus-gen reads it by its meaning and says so."),
        .pipeline(
            "ref-not-allowed-here", .warning, .validity, ids: [.refNotAllowedHere],
            summary: "`$ref` is written only where OpenAPI allows a reference (not for an operation or a description).",
            rationale:
                "Bundlers follow such references but validators and other generators do not; bundle the document or move the object into `components`."
        ),
        .pipeline(
            "swagger2-conversion", .warning, .validity, ids: [.swagger2Conversion],
            summary: "A Swagger 2.0 construct has an exact OpenAPI 3 equivalent.",
            rationale:
                "Where it has none (`collectionFormat: tsv`, operation-level `schemes`), the nearest meaning is generated; convert the document to OpenAPI 3 to say exactly what is meant."
        ),
        .pipeline(
            "allof-conflict", .error, .codegen, ids: [.allofConflict],
            summary: "Parts of an `allOf` do not declare the same property with different types.",
            rationale: "No value can satisfy both; the generated type can hold only one of them."),
        .pipeline(
            "unsupported-construct", .warning, .codegen, ids: [.unsupportedConstruct],
            summary:
                "Reports schemas the generator cannot represent as written (mixed-type enums, `false` schemas, oneOf beside anyOf, ...), with what it generates instead.",
            rationale:
                "The generated Swift type is looser than the schema; validate such values yourself or restructure the schema."
        ),
        .pipeline(
            "swift-reserved-name", .info, .codegen, ids: [.renamedType],
            summary: "Schema names do not shadow Swift or Foundation types (`Error`, `Data`, `URL`, ...).",
            rationale:
                "The generator renames such types (`Error` becomes `ErrorModel`); `typeNames` in plexus-gen.yaml picks another name."
        ),
        .pipeline(
            "swift-name-collision", .warning, .codegen, ids: [.nameCollision],
            summary:
                "Names stay distinct, and valid, after conversion to Swift (types, properties, cases, operations).",
            rationale:
                "`user_id` and `userId` both become `userId`; the generator numbers one of them, which callers then see."
        ),
    ]
}
