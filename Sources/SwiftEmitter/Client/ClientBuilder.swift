internal import OpenAPIModel
internal import Resolver

/// Turns the operations of a resolved API into the view model of `Client.mustache`: one method per operation,
/// its request built with `PlexusRuntime`'s parameter encoding and its responses read into documented types.
struct ClientBuilder {
    var coding: OperationCoding
    var names: OperationNames
    var access: String
    var mapping: SwiftTypeMapping { coding.mapping }
    var api: ResolvedAPI { coding.api }
    var renderer: TemplateRenderer { coding.renderer }

    /// The client for the planned operations, and those whose parameters the client cannot write after all.
    func build(_ plans: [OperationPlan]) -> (ClientViewModel, [ClientEmitter.SkippedOperation]) {
        var methods: [ClientMethodViewModel] = []
        var included: [ResolvedOperation] = []
        var skipped: [ClientEmitter.SkippedOperation] = []
        for plan in plans {
            switch method(for: plan) {
            case .success(let method):
                methods.append(method)
                included.append(plan.operation)
            case .failure(let reason): skipped.append(.init(operation: plan.operation, reason: reason.description))
            }
        }
        let schemes = api.securitySchemes.filter(Self.applies).compactMap { scheme -> ClientSchemeViewModel? in
            var model = ClientSchemeViewModel(
                docLines: DocComment.lines(title: nil, description: scheme.description),
                property: SwiftName.escaped(scheme.swiftName), name: literal(scheme.name), shape: .bearer)
            switch scheme.kind {
            case .http(let kind, _) where kind.lowercased() == "basic": model.shape = .basic
            case .http(let kind, _) where kind.lowercased() == "bearer": model.shape = .bearer
            case .oauth2, .openIdConnect: model.shape = .bearer
            case .apiKey(let name, let location):
                model.shape = .apiKey
                model.keyName = literal(name)
                model.keyLocation = location == .query ? "query" : location == .cookie ? "cookie" : "header"
            case .http, .mutualTLS: return nil
            }
            return model
        }
        let requirements = included.compactMap { operation -> ClientRequirementViewModel? in
            guard !operation.security.isEmpty else { return nil }
            return ClientRequirementViewModel(
                operationID: literal(operation.identifier),
                alternatives: operation.security.map { requirement in
                    ClientAlternativeViewModel(schemeNames: requirement.schemes.map { literal($0.name) })
                })
        }
        return (
            ClientViewModel(
                access: access, name: names.client, schemes: schemes, requirements: requirements, methods: methods,
                surface: names.surface),
            skipped
        )
    }

    /// Whether the client applies credentials of `scheme` (HTTP schemes other than basic and bearer, and mutual
    /// TLS, are the transport's business).
    static func applies(_ scheme: ResolvedSecurityScheme) -> Bool {
        switch scheme.kind {
        case .http(let kind, _): ["basic", "bearer"].contains(kind.lowercased())
        case .oauth2, .openIdConnect, .apiKey: true
        case .mutualTLS: false
        }
    }

    /// Names a generated method uses itself.
    static let reservedLocals: Set<String> = ["self", "Self", "operationRequest", "operationResponse"]

    private func method(for plan: OperationPlan) -> Result<ClientMethodViewModel, OperationPlan.Unsupported> {
        let operation = plan.operation
        var accepted: [String] = []
        for content in operation.responses.flatMap(\.contents) where !accepted.contains(content.mediaType) {
            accepted.append(content.mediaType)
        }
        var arguments: [ArgumentViewModel] = []
        var forwarded: [ArgumentValueViewModel] = []
        var parameters: [ClientParameterViewModel] = []
        // A sender sends each request to the URL it is given: the first argument, not the request builder's.
        let sender = names.surface != .api
        if sender {
            arguments.append(
                ArgumentViewModel(label: "to", internalName: "url", type: "URL", optional: false, defaultsToNil: false))
        }
        for parameter in plan.parameters {
            // A parameter must not hide `self` or the method's own locals, so those get another internal name.
            let shadows =
                Self.reservedLocals.contains(parameter.rawName) || (sender && parameter.rawName == "url")
            let name = shadows ? parameter.rawName + "Value" : parameter.label
            arguments.append(
                ArgumentViewModel(
                    label: parameter.label, internalName: shadows ? name : nil, type: parameter.swiftType,
                    optional: parameter.optional, defaultsToNil: parameter.optional))
            forwarded.append(ArgumentValueViewModel(label: parameter.label, argumentValue: name))
            guard
                let value = parameter.isJSON
                    ? coding.jsonParameterValue(name, optional: parameter.optional)
                    : coding.parameterValue(parameter.type, name, optional: parameter.optional)
            else {
                return .failure(
                    .init(description: coding.whyNoStyleCarries(parameter.type, parameter: parameter.wireName)))
            }
            let shape: ClientParameterViewModel.Shape =
                switch parameter.location {
                case .path: .path
                case .query: .query
                case .header: .header
                case .cookie: .cookie
                }
            parameters.append(
                ClientParameterViewModel(
                    shape: shape, wireName: literal(parameter.wireName),
                    value: renderer.code(value, template: "ParameterValue"), style: parameter.style,
                    explode: parameter.explode, allowReserved: parameter.allowReserved))
        }
        var body: ClientBodyViewModel?
        if let requestBody = plan.body {
            let write = requestBody.payload.body(
                value: requestBody.label, into: "operationRequest", contentType: requestBody.mediaType)
            arguments.append(
                ArgumentViewModel(
                    label: requestBody.label, internalName: nil, type: requestBody.payload.swiftType,
                    optional: !requestBody.required, defaultsToNil: !requestBody.required))
            forwarded.append(ArgumentValueViewModel(label: requestBody.label, argumentValue: requestBody.label))
            body = ClientBodyViewModel(
                label: requestBody.label, optional: !requestBody.required,
                write: renderer.code(write, template: "BodyWrite"))
        }
        var builderArguments = sender ? Array(arguments.dropFirst()) : arguments
        for index in builderArguments.indices { builderArguments[index].defaultsToNil = false }

        let successes = plan.responses.filter { OperationCoding.isSuccess($0.status) }
        let successPayloads = successes.map(\.payload)
        let (returned, returnType) = Self.returnValue(plan)
        let failures = operation.responses.filter { !OperationCoding.isSuccess($0.status) }
        let errorTypes = Set(
            failures.compactMap { $0.contents.first(where: { $0.encoding == .json })?.type }.map(mapping.swiftType))
        let errorType = errorTypes.count == 1 ? errorTypes.first : nil
        let read = returned.map { renderer.code($0.body(), template: "ResponseBodyRead") }
        let statusCases = zip(successes, successPayloads).map { response, payload in
            ClientStatusCaseViewModel(
                status: OperationCoding.status(response.status), read: payload == nil ? nil : read,
                returnsNil: returned != nil && payload == nil)
        }
        let upper = plan.typeName.prefix(1).uppercased() + plan.typeName.dropFirst()
        let spelledArguments = arguments.map { renderer.code($0, template: "Argument") }
        let spelledBuilderArguments = builderArguments.map { renderer.code($0, template: "Argument") }
        let spelledForwarded = forwarded.map { renderer.code($0, template: "ArgumentValue") }
        return .success(
            ClientMethodViewModel(
                docLines: DocComment.lines(title: operation.summary, description: operation.description),
                deprecated: operation.deprecated, name: plan.name, responseName: names.responseMethod(operation),
                requestBuilderName: "make\(upper)Request",
                outputType: "\(names.namespace).\(plan.typeName).\(names.output)",
                route: DocComment.route(operation),
                errorName: "ResponseError<\(errorType ?? "JSONValue")>", operationID: literal(plan.operationID),
                arguments: spelledArguments, builderArguments: spelledBuilderArguments, forwarded: spelledForwarded,
                wrapsArguments: SwiftSource.wrapsArguments(spelledArguments),
                wrapsBuilderArguments: SwiftSource.wrapsArguments(spelledBuilderArguments),
                wrapsForwarded: SwiftSource.wrapsArguments(spelledForwarded), returnType: returnType,
                method: operation.method.rawValue, routePath: literal(sender ? "" : operation.path),
                accept: accepted.isEmpty || accepted == ["application/json"]
                    ? nil : literal(accepted.joined(separator: ", ")),
                parameters: parameters, body: body, statusCases: statusCases, errorType: errorType,
                streaming: Self.streaming(plan.responses)))
    }

    /// What the convenience method returns: the body of the success responses (`JSONValue` or bytes when they
    /// differ), optional when a success response has no body; `nil` for `Void`.
    static func returnValue(_ plan: OperationPlan) -> (payload: OperationCoding.Payload?, type: String?) {
        let successPayloads = plan.responses.filter { OperationCoding.isSuccess($0.status) }.map(\.payload)
        let kinds = Set(successPayloads.compactMap { $0 })
        let returned: OperationCoding.Payload?
        switch kinds.count {
        case 0: returned = nil
        case 1: returned = kinds.first
        default:
            returned = kinds.allSatisfy { if case .json = $0 { true } else { false } } ? .json("JSONValue") : .bytes
        }
        return (returned, returned.map { successPayloads.contains(nil) ? "\($0.swiftType)?" : $0.swiftType })
    }

    /// Which responses stream, or nil when none does (the client then reads every body whole).
    static func streaming(_ responses: [OperationPlan.Response]) -> ResponseStreamingViewModel? {
        guard responses.contains(where: { $0.payload?.streams == true }) else { return nil }
        var model = ResponseStreamingViewModel(codes: [], ranges: [], otherwise: false)
        for response in responses {
            let streams = response.payload?.streams == true
            switch response.status {
            case .code(let code): model.codes.append(.init(status: code, streams: streams))
            case .range(let digit): model.ranges.append(.init(status: digit, streams: streams))
            case .default: model.otherwise = streams
            }
        }
        return model
    }

    private func literal(_ text: String) -> String {
        SwiftSource.stringLiteral(text)
    }
}
