import Diagnostics
import Foundation
import OpenAPIModel
import TestSupport
import Testing

@Suite struct CorpusTests {
    /// Documents the reference validator rejects for reasons this stage cannot see, each with the reason.
    static let rejectedForReasonsBeyondDecoding: [String: String] = CorpusDocument.validatorMisjudged.merging([
        "edge/openapi-spec-validator/v3.0/property-missing-reference.yaml": "broken $ref: found by the resolver",
        "edge/swagger-parser/3.1.0/siblings31.yaml": "broken $ref to components/pathItems: found by the resolver",
        "edge/swagger-parser/composedSchemaRef.yaml": "broken external $ref: found by the resolver",
        "edge/swagger-parser/internal-refs.yaml": "broken $ref: found by the resolver",
        "edge/openapi-spec-validator/v2.0/missing-reference.yaml": "broken $refs: found by the resolver",
        "edge/swagger-parser/relative-file-references/json/parent.json":
            "path parameter declared in a referenced file: needs the resolver",
        "edge/swagger-parser/relative-file-references/yaml/parent.yaml":
            "path parameter declared in a referenced file: needs the resolver",
    ]) { first, _ in first }

    @Test func corpusIsPresent() throws {
        #expect(try CorpusDocument.roots().count > 150, "expected the corpus in \(CorpusDocument.directory.path)")
    }

    @Test(arguments: try CorpusDocument.roots())
    func documentDecodes(_ document: CorpusDocument) {
        let result = OpenAPIDecoder.decode(contentsOf: document.fullPath)
        let errors = result.diagnostics.filter { $0.severity == .error }
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location != nil, "every diagnostic points at a place: \(diagnostic)")
        }
        if document.validatorAccepts {
            #expect(errors.isEmpty, "valid document got errors: \(errors.map(\.description))")
            #expect(result.document != nil)
        } else if Self.rejectedForReasonsBeyondDecoding[document.path] == nil {
            #expect(!result.diagnostics.isEmpty, "invalid document (\(document.verdict)) got no diagnostic")
        }
    }
}
