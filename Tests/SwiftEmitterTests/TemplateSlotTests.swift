import Foundation
import Mustache
import Templates
import Testing

@testable import SwiftEmitter

/// Mustache renders a key the view model lacks as nothing, silently. This test walks every tag of every built-in
/// template with a context stack, as mustache does, and fails on any name that no view model in scope has.
@Suite struct TemplateSlotTests {
    static let property = StructPropertyViewModel(
        docLines: ["/// Id"], access: "public", name: "id", argument: "id", storage: "_id", key: "id",
        deprecated: true,
        publicType: "Int", storedType: "Int?", baseType: "Int", valueType: "Int", encodedValue: "_id",
        defaultLiteral: "1", deprecation: "    @available(*, deprecated)\n", member: .defaulted, assignment: .plain,
        decode: .ifPresent, encode: .ifPresent, constraints: "ValueConstraints(minimum: 1)")
    static let parameter = StructParameterViewModel(name: "id", type: "Int", shape: .defaulted)
    static let structModel = StructViewModel(
        docLines: ["/// Doc"], deprecated: true, deprecationNote: true, access: "public", name: "Pet",
        properties: [
            StructPropertyParts(
                docLines: ["/// Id"], member: "    public var id: Int", assignment: "        self.id = id",
                decode: "        self.id = try container.read(Int.self, at: \"id\")",
                encode: "        try container.write(id, at: \"id\")")
        ], additional: AdditionalPropertiesViewModel(valueType: "String", hasKnownKeys: true),
        initParameters: ["id: Int"], wrapsInitParameters: true, knownKeys: ["id"], conformance: "Hashable")

    /// The templates of one property's shapes, each rendered with the property (or parameter) alone.
    static var shapes: [String: Any] {
        var shapes: [String: Any] = [:]
        let propertyTemplates =
            StructPropertyViewModel.MemberShape.allCases.map(\.rawValue)
            + StructPropertyViewModel.AssignmentShape.allCases.map(\.rawValue)
            + StructPropertyViewModel.DecodeShape.allCases.map(\.rawValue)
            + StructPropertyViewModel.EncodeShape.allCases.map(\.rawValue)
        for name in propertyTemplates + ["StructDeprecation"] { shapes[name] = [property] }
        for shape in StructParameterViewModel.Shape.allCases { shapes[shape.rawValue] = [parameter] }
        return shapes
    }

    static let body = BodyViewModel(
        shape: .multipart, type: "Form", value: "body", target: "operationRequest",
        contentType: "\"multipart/form-data\"",
        partContentTypes: [PartContentTypeViewModel(part: "\"a\"", partContentType: "\"image/png\"")],
        required: false)

    static var populated: [String: Any] {
        [
            "File": FileViewModel(
                source: "openapi.yaml", imports: [ImportViewModel(module: "Foundation", importAccess: "public")],
                declarations: ["struct A {}"]),
            "Struct": structModel,
            "Enum": EnumViewModel(
                docLines: ["/// Doc"], deprecated: true, deprecationNote: true, access: "public", name: "Kind",
                rawType: "String",
                cases: [EnumCaseViewModel(name: "cat", literal: "\"cat\"")], unknownCase: "undocumented"),
            "Union": UnionViewModel(
                docLines: ["/// Doc"], deprecated: true, deprecationNote: true, access: "public", isIndirect: true,
                name: "Pet",
                cases: [
                    UnionCaseViewModel(
                        docLines: ["/// Cat"], name: "cat", type: "Cat", labels: ["\"cat\""], isDateTime: false)
                ],
                isDiscriminated: true, propertyLiteral: "\"kind\"", propertyText: "kind", expectedText: "cat",
                conformance: "Equatable"),
            "Alias": AliasViewModel(
                docLines: ["/// Doc"], deprecated: true, deprecationNote: true, access: "public", name: "ID",
                type: "String"),
            "Client": ClientViewModel(
                access: "public", name: "Client",
                schemes: [
                    ClientSchemeViewModel(
                        docLines: ["/// Key"], property: "key", name: "\"key\"", shape: .apiKey, keyName: "\"X-Key\"",
                        keyLocation: "header")
                ],
                requirements: [
                    ClientRequirementViewModel(
                        operationID: "\"getPet\"", alternatives: [ClientAlternativeViewModel(schemeNames: ["\"key\""])])
                ],
                methods: [
                    ClientMethodViewModel(
                        docLines: ["/// Doc"], deprecated: true, name: "getPet", responseName: "getPetResponse",
                        requestBuilderName: "makeGetPetRequest", outputType: "Operations.GetPet.Output",
                        route: "`GET /pets/{id}`", errorName: "ResponseError<Problem>", operationID: "\"getPet\"",
                        arguments: ["id: Int"], builderArguments: ["id: Int"], forwarded: ["id: id"],
                        wrapsArguments: false, wrapsBuilderArguments: true, wrapsForwarded: false, returnType: "Pet",
                        method: "get", routePath: "\"/pets/{id}\"", accept: "\"application/json, text/plain\"",
                        parameters: [
                            ClientParameterViewModel(
                                shape: .query, wireName: "\"id\"", value: "id.parameterValue",
                                style: "form", explode: true, allowReserved: true)
                        ],
                        body: ClientBodyViewModel(
                            label: "body", optional: true, write: "operationRequest.setBody(body)"),
                        statusCases: [
                            ClientStatusCaseViewModel(
                                status: StatusViewModel(code: 200, range: nil),
                                read: "try operationResponse.decode(Pet.self)", returnsNil: false)
                        ], errorType: "Problem",
                        streaming: ResponseStreamingViewModel(
                            codes: [.init(status: 200, streams: true)], ranges: [.init(status: 4, streams: false)],
                            otherwise: true))
                ]),
            "Operations": OperationTypesViewModel(
                access: "public", namespace: "Operations", input: "Input", output: "Output", forServer: true,
                forClient: true,
                operations: [
                    OperationTypeViewModel(
                        docLines: ["/// Doc"], route: "`GET /pets/{id}`", typeName: "GetPet", operationID: "\"getPet\"",
                        properties: [
                            InputPropertyViewModel(docLines: ["/// Id"], label: "id", rawName: "id", type: "Int")
                        ],
                        initArguments: ["id: Int"], wrapsInitArguments: true,
                        cases: [
                            OutputCaseViewModel(
                                docLines: ["/// OK"], name: "ok", caseName: "ok",
                                status: StatusViewModel(code: 200, range: 2),
                                values: [
                                    OutputValueViewModel(
                                        valueLabel: "rate", valueType: "Int", binding: "rate", isStatusCode: false,
                                        read: "try operationResponse.requiredHeader(\"Rate\", .primitive)")
                                ], bodyWrite: "try operationResponse.setJSONBody(body)",
                                headerWrites: [HeaderWriteViewModel(headerWireName: "\"Rate\"", headerValue: "nil")])
                        ], hasDefault: false)
                ]),
            "Server": ServerViewModel(
                access: "public", protocolName: "APIProtocol",
                operations: [
                    ServerOperationViewModel(
                        docLines: ["/// Doc"], route: "`GET /pets/{id}`", deprecated: true, name: "getPet",
                        inputType: "Operations.GetPet.Input", outputType: "Operations.GetPet.Output", method: "get",
                        path: "\"/pets/{id}\"", operationID: "\"getPet\"", inputArguments: ["id: 1"],
                        malformedPathIsBadRequest: true)
                ], routes: [ServerRouteViewModel(path: "\"/pets/{id}\"", methods: ["delete", "get"])]),
            "Argument": ArgumentViewModel(
                label: "id", internalName: "idValue", type: "Int", optional: true, defaultsToNil: true),
            "ArgumentValue": ArgumentValueViewModel(label: "id", argumentValue: "id"),
            "ParameterValue": ParameterValueViewModel(value: "id", optional: true, shape: .text),
            "ParameterShape": ParameterShapeViewModel(shape: .object, memberNames: ["\"a\""]),
            "ParameterSource": ParameterSourceViewModel(
                shape: .query, required: true, wireName: "\"id\"", valueShape: ".primitive", style: "form",
                explode: true),
            "ParameterRead": ParameterReadViewModel(
                source: "request.path(\"id\", .primitive)", optional: true, shape: .single, type: "Int",
                wireName: "\"id\"", separator: "\",\"", constraints: "ValueConstraints(minimum: 1)"),
            "DefaultValue": DefaultValueViewModel(shape: .decimalText, literal: "1.5"),
            "Constraints": ConstraintsViewModel(arguments: [
                .init(label: "maxLength", value: "2"), .init(label: "patterns", value: #"["^[A-Z]{2}$"]"#),
            ]),
            "BodyWrite": Self.body,
            "ResponseBodyRead": Self.body,
            "RequestBodyRead": Self.body,
        ].merging(shapes) { first, _ in first }
    }

    @Test(arguments: TemplateRenderer.requiredTemplates)
    func everySlotHasAValue(_ name: String) throws {
        let directory = try #require(TemplateFiles.directory)
        let text = try String(contentsOf: directory.appendingPathComponent("\(name).mustache"), encoding: .utf8)
        let model = try #require(Self.populated[name])
        #expect(Self.missingSlots(in: text, stack: model as? [Any] ?? [model]) == [])
    }

    @Test func aTypoInATemplateIsCaught() {
        #expect(
            Self.missingSlots(
                in: "{{access}} struct {{nmae}} {{#properties}}{{decod}}{{/properties}}{{#additional}}{{valueTyp}}"
                    + "{{/additional}}",
                stack: [Self.structModel]) == ["nmae", "decod", "valueTyp"])
    }

    @Test(arguments: TemplateRenderer.requiredTemplates)
    func populatedModelsRenderEveryValue(_ name: String) throws {
        let renderer = try TemplateRenderer()
        let populated = try #require(Self.populated[name])
        let model = try #require(((populated as? [Any])?.last ?? populated) as? any TemplateContext)
        let output = renderer.render(model, template: name)
        #expect(!output.isEmpty)
        #expect(!output.contains("  :") && !output.contains(" struct :") && !output.contains("enum  {"))
    }

    /// Names used by `{{name}}`, `{{{name}}}`, `{{#name}}` and `{{^name}}` that resolve to nothing in scope.
    static func missingSlots(in template: String, stack initial: [Any]) -> [String] {
        var missing: [String] = []
        var stack = initial
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            var tag = String(rest[..<close.lowerBound])
            rest = rest[close.upperBound...]
            if tag.hasPrefix("{") {
                tag.removeFirst()
                if rest.hasPrefix("}") { rest.removeFirst() }
            }
            guard let first = tag.first else { continue }
            switch first {
            case ">" where tag.hasPrefix(">*"):
                // A dynamic partial: the name of the template to include must be in scope.
                let name = String(tag.dropFirst(2))
                if lookup(name, in: stack) == nil { missing.append(name) }
            case "!", "%", ">", "<", "$": continue
            case "/": stack.removeLast()
            case "#", "^":
                let name = String(tag.dropFirst())
                guard let value = lookup(name, in: stack) else {
                    missing.append(name)
                    stack.append(stack.last as Any)
                    continue
                }
                if let array = value as? [Any], let element = array.first {
                    stack.append(element)
                } else if value is Bool || value is String || value is [Any] {
                    stack.append(stack.last as Any)
                } else {
                    // A view model (an optional one unwrapped): its names are in scope inside the section.
                    stack.append(value)
                }
            default:
                if tag == "." || tag.hasSuffix("()") { continue }
                if lookup(tag, in: stack) == nil { missing.append(tag) }
            }
        }
        return missing
    }

    /// Looks a name up as the renderer does: through `MustacheParent` when the context has it, else `Mirror`.
    static func lookup(_ name: String, in stack: [Any]) -> Any? {
        if name.hasSuffix("()") { return true }
        let parts = name.split(separator: ".").map(String.init)
        if parts.count > 1 {
            var value = lookup(parts[0], in: stack)
            for part in parts.dropFirst() { value = value.flatMap { lookup(part, in: [$0]) } }
            return value
        }
        for context in stack.reversed() {
            if let parent = context as? any MustacheParent {
                if let value = parent.child(named: name) { return value }
                continue
            }
            for child in Mirror(reflecting: context).children where child.label == name { return child.value }
        }
        return nil
    }
}
