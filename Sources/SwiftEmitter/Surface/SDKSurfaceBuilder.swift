internal import Diagnostics
internal import OpenAPIModel
internal import Resolver

/// Lists the public declarations of a generated SDK from the plans the emitters render: the model plan and its
/// builders' member decisions, and the operation plans of each surface with the client's signatures.
struct SDKSurfaceBuilder {
    let api: ResolvedAPI
    let options: EmitterOptions
    let renderer: TemplateRenderer

    func declarations(modes: Set<GenerationMode>) -> [SDKDeclaration] {
        var declarations: [SDKDeclaration] = []
        if modes.contains(.types) { declarations += models() }
        let client = modes.contains(.client)
        let server = modes.contains(.server)
        guard client || server else { return declarations }
        for surface in OperationSurface.allCases {
            let plans = OperationPlans(api: api, options: options, renderer: renderer, surface: surface)
            // The API's client and stubs as asked; a webhook or callback gets a sender and a receiver either way.
            let api = surface == .api
            declarations += operations(plans, client: client || !api, server: server || !api)
            if api, client { declarations += credentials(of: plans.names.client) }
        }
        return declarations
    }

    // MARK: Models

    private func models() -> [SDKDeclaration] {
        let plan = ModelEmitter(options: options, renderer: renderer).plan(api)
        let access = options.accessModifier.rawValue
        var declarations: [SDKDeclaration] = []
        for type in plan.types {
            let origin = SDKDeclaration.Origin.schema(type.originalName)
            let deprecated = type.deprecated && !plan.referenced.contains(type.name)
            func member(
                _ name: String, _ kind: SDKDeclaration.Kind, _ spelled: String, deprecated: Bool = false,
                at location: SourceLocation? = nil
            ) -> SDKDeclaration {
                SDKDeclaration(
                    symbol: type.name + "." + Self.unescaped(name), kind: kind, type: spelled, deprecated: deprecated,
                    origin: origin, location: location ?? type.location)
            }
            switch type.kind {
            case .object(let object):
                declarations.append(
                    .init(
                        symbol: type.name, kind: .type, type: "struct", deprecated: deprecated,
                        origin: origin, location: type.location))
                let builder = StructBuilder(mapping: plan.mapping, api: api, access: access, renderer: renderer)
                let members = builder.members(type, object)
                for property in members.properties {
                    declarations.append(
                        member(
                            property.name, .property, property.type, deprecated: property.property.isDeprecated,
                            at: property.property.location))
                }
                if let values = object.additionalProperties {
                    declarations.append(
                        member("additionalProperties", .property, "[String: \(plan.mapping.swiftType(values))]"))
                }
                var initializer = member("init", .initializer, "")
                initializer.parameters = members.parameters.map {
                    SDKDeclaration.Parameter(
                        label: Self.unescaped(String($0.name.split(separator: " ").first ?? "")), type: $0.type,
                        hasDefault: $0.shape != .plain)
                }
                declarations.append(initializer)
            case .enumeration(let enumeration):
                declarations.append(
                    .init(
                        symbol: type.name, kind: .type, type: "enum", deprecated: deprecated,
                        origin: origin, location: type.location))
                let model = EnumBuilder(access: access).build(type, enumeration)
                declarations += model.cases.map { member($0.name, .enumCase, "") }
                declarations.append(member(model.unknownCase, .enumCase, "(String)"))
            case .union(let union):
                declarations.append(
                    .init(
                        symbol: type.name, kind: .type, type: "union", deprecated: deprecated,
                        origin: origin, location: type.location))
                let model = UnionBuilder(mapping: plan.mapping, api: api, access: access).build(type, union)
                declarations += model.cases.map { member($0.name, .unionCase, "(\($0.type))") }
            case .alias(let target):
                declarations.append(
                    .init(
                        symbol: type.name, kind: .type, type: "typealias \(plan.mapping.swiftType(target))",
                        deprecated: deprecated, origin: origin, location: type.location))
            }
        }
        return declarations
    }

    // MARK: Operations

    private func operations(_ plans: OperationPlans, client: Bool, server: Bool) -> [SDKDeclaration] {
        let names = plans.names
        var declarations: [SDKDeclaration] = []
        for plan in plans.plans {
            let operation = plan.operation
            let route = Self.route(operation, surface: names.surface)
            let origin = SDKDeclaration.Origin.operation(route)
            let typePath = names.namespace + "." + Self.unescaped(plan.typeName)
            let outputType = typePath + "." + names.output
            func declaration(
                _ symbol: String, _ kind: SDKDeclaration.Kind, _ type: String,
                _ parameters: [SDKDeclaration.Parameter] = []
            ) -> SDKDeclaration {
                // Only the client's methods carry the deprecation attribute.
                SDKDeclaration(
                    symbol: symbol, kind: kind, type: type, parameters: parameters,
                    deprecated: kind == .method && operation.deprecated, origin: origin, location: operation.location)
            }
            var arguments: [SDKDeclaration.Parameter] = plan.parameters.map {
                .init(
                    label: Self.unescaped($0.label), type: $0.swiftType + ($0.optional ? "?" : ""),
                    hasDefault: $0.optional)
            }
            if let body = plan.body {
                arguments.append(
                    .init(
                        label: body.label, type: body.payload.swiftType + (body.required ? "" : "?"),
                        hasDefault: !body.required))
            }
            for response in plan.responses {
                var values = response.payload.map { [$0.swiftType] } ?? []
                if response.carriesStatusCode { values.append("statusCode: Int") }
                values += response.headers.map {
                    Self.unescaped($0.label) + ": " + $0.swiftType + ($0.required ? "" : "?")
                }
                declarations.append(
                    declaration(
                        outputType + "." + response.caseName, .outputCase,
                        values.isEmpty ? "" : "(" + values.joined(separator: ", ") + ")"))
            }
            if client {
                let methods = names.client + "."
                let sent =
                    names.surface == .api ? arguments : [.init(label: "to", type: "URL", hasDefault: false)] + arguments
                let returned = ClientBuilder.returnValue(plan).type ?? "Void"
                declarations.append(declaration(methods + Self.unescaped(plan.name), .method, returned, sent))
                var fullResponse = declaration(
                    methods + Self.unescaped(names.responseMethod(operation)), .method, outputType, sent)
                fullResponse.mirrors = methods + Self.unescaped(plan.name)
                declarations.append(fullResponse)
            }
            if server {
                let inputType = typePath + "." + names.input
                declarations.append(
                    declaration(
                        names.serverProtocol + "." + Self.unescaped(plan.name), .requirement, outputType,
                        [.init(label: "_", type: inputType, hasDefault: false)]))
                for argument in arguments {
                    declarations.append(declaration(inputType + "." + argument.label, .property, argument.type))
                }
                var initializer = declaration(inputType + ".init", .initializer, "", arguments)
                initializer.mirrors = names.serverProtocol + "." + Self.unescaped(plan.name)
                declarations.append(initializer)
            }
        }
        return declarations
    }

    /// The client's `Credentials`: a property per security scheme it can apply.
    private func credentials(of client: String) -> [SDKDeclaration] {
        let root = SourceLocation(file: api.files.first ?? "", line: 1, column: 1)
        return api.securitySchemes.filter { ClientBuilder.applies($0) }.map { scheme in
            SDKDeclaration(
                symbol: "\(client).Credentials.\(scheme.swiftName)", kind: .property, type: "Credential?",
                origin: .securityScheme(scheme.name), location: root)
        }
    }

    /// `GET /pets/{id}`; `POST webhook itemCreated`; `POST callback onEvent`.
    static func route(_ operation: ResolvedOperation, surface: OperationSurface) -> String {
        let method = operation.method.rawValue.uppercased()
        switch surface {
        case .api: return method + " " + operation.path
        case .webhooks: return method + " webhook " + operation.path.dropFirst()
        case .callbacks: return method + " callback " + operation.path.dropFirst()
        }
    }

    /// A Swift name without the backticks that make a keyword a name.
    static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") && name.hasSuffix("`") && name.count > 1 ? String(name.dropFirst().dropLast()) : name
    }
}
