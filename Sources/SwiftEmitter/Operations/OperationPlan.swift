internal import OpenAPIModel
internal import Resolver

/// One operation as the generated code sees it: Swift names and types for its parameters, body and responses.
/// The client, the operation types and the server stubs are all rendered from the same plan.
struct OperationPlan {
    struct Parameter {
        /// The argument label and `Input` property, escaped.
        var label: String
        /// The Swift name before escaping.
        var rawName: String
        /// The wire name.
        var wireName: String
        var location: OpenAPIModel.Parameter.Location
        /// The style's name (`form`, `simple`, ...).
        var style: String
        var explode: Bool
        var allowReserved: Bool
        var type: TypeRef
        /// Declared with `content` (JSON text) instead of a style.
        var isJSON: Bool
        var swiftType: String
        var required: Bool
        /// Not required, or `null` allowed: an optional in Swift.
        var optional: Bool
        /// How the value arrives, from `ParameterShape.mustache`.
        var shape: String
        var description: String?
        /// What the document requires of the value beyond its type, which server stubs check.
        var constraints: ValueConstraints?
    }

    struct Body {
        var label: String
        var payload: OperationCoding.Payload
        var mediaType: String
        var required: Bool
        var description: String?
    }

    struct Header {
        var label: String
        var wireName: String
        var type: TypeRef
        var swiftType: String
        var required: Bool
        /// How the value arrives, from `ParameterShape.mustache`.
        var shape: String
        var description: String?
    }

    struct Response {
        var status: ResponseStatus
        /// The `Output` case.
        var caseName: String
        var payload: OperationCoding.Payload?
        var mediaType: String?
        var headers: [Header]
        var description: String?
        /// Ranges and `default` carry the actual status code.
        var carriesStatusCode: Bool {
            if case .code = status { false } else { true }
        }
    }

    var operation: ResolvedOperation
    var operationID: String
    /// The method name.
    var name: String
    /// The nested type in `Operations`.
    var typeName: String
    var parameters: [Parameter]
    var body: Body?
    /// In `switch` order.
    var responses: [Response]

    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    /// Plans `operation`, or says why generated code cannot carry it.
    static func make(
        _ operation: ResolvedOperation, typeName: String, coding: OperationCoding
    ) -> Result<OperationPlan, Unsupported> {
        var parameters: [Parameter] = []
        for parameter in operation.parameters {
            let type = parameter.type.nonNullable
            let isJSON = parameter.contentType != nil
            let jsonShape = ParameterShapeViewModel(shape: .primitive, memberNames: [])
            guard let shape = isJSON ? jsonShape : coding.shape(type) else {
                return .failure(
                    Unsupported(description: coding.whyNoStyleCarries(type, parameter: parameter.wireName)))
            }
            parameters.append(
                Parameter(
                    label: SwiftName.escaped(parameter.name), rawName: parameter.name, wireName: parameter.wireName,
                    location: parameter.location,
                    style: parameter.style.rawValue, explode: parameter.explode,
                    allowReserved: parameter.allowReserved,
                    type: type, isJSON: isJSON, swiftType: coding.mapping.swiftType(type), required: parameter.required,
                    optional: !parameter.required || parameter.type.isNullable,
                    shape: coding.renderer.code(shape, template: "ParameterShape"),
                    description: parameter.description, constraints: parameter.constraints))
        }
        var body: Body?
        if let requestBody = operation.requestBody {
            guard let (payload, mediaType) = coding.requestPayload(requestBody.contents) else {
                let kinds = requestBody.contents.map(\.mediaType).joined(separator: ", ")
                return .failure(
                    Unsupported(
                        description: "request body '\(kinds)' has no schema the generated code can send "
                            + "(forms and multipart need an object schema)"))
            }
            let label = operation.parameters.contains { $0.name == "body" } ? "requestBody" : "body"
            body = Body(
                label: label, payload: payload, mediaType: mediaType, required: requestBody.required,
                description: requestBody.description)
        }
        var usedCaseNames: Set<String> = ["undocumented"]
        let responses = OperationCoding.switchOrder(operation.responses).map { response -> Response in
            let chosen = coding.payload(response.contents)
            let headers = response.headers.compactMap { header -> Header? in
                let type = header.type.nonNullable
                guard let shape = coding.shape(type) else { return nil }
                // `statusCode` is the case's own label for ranges and `default`.
                let label = header.name == "statusCode" ? "statusCodeHeader" : header.name
                return Header(
                    label: SwiftName.escaped(label), wireName: header.wireName,
                    type: type, swiftType: coding.mapping.swiftType(type), required: header.required,
                    shape: coding.renderer.code(shape, template: "ParameterShape"),
                    description: header.description)
            }
            var caseName = Self.caseName(response.status)
            if usedCaseNames.contains(caseName) { caseName += "Response" }
            usedCaseNames.insert(caseName)
            return Response(
                status: response.status, caseName: caseName, payload: chosen?.payload, mediaType: chosen?.mediaType,
                headers: headers, description: response.description)
        }
        return .success(
            OperationPlan(
                operation: operation, operationID: operation.identifier,
                name: SwiftName.escaped(operation.name), typeName: typeName, parameters: parameters, body: body,
                responses: responses))
    }

    /// `ok`, `notFound`, `clientError`, `default`: the case name for a documented status, not yet escaped (a
    /// declaration needs `` `default` ``, a `.default` pattern does not).
    static func caseName(_ status: ResponseStatus) -> String {
        switch status {
        case .default: return "default"
        case .range(let digit):
            return ["informational", "success", "redirection", "clientError", "serverError"][max(0, min(4, digit - 1))]
        case .code(let code):
            return Self.reasonNames[code] ?? "status\(code)"
        }
    }

    private static let reasonNames: [Int: String] = [
        100: "continue", 101: "switchingProtocols", 102: "processing", 103: "earlyHints",
        200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent",
        205: "resetContent", 206: "partialContent", 207: "multiStatus", 208: "alreadyReported", 226: "imUsed",
        300: "multipleChoices", 301: "movedPermanently", 302: "found", 303: "seeOther", 304: "notModified",
        305: "useProxy", 307: "temporaryRedirect", 308: "permanentRedirect",
        400: "badRequest", 401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound",
        405: "methodNotAllowed", 406: "notAcceptable", 407: "proxyAuthenticationRequired", 408: "requestTimeout",
        409: "conflict", 410: "gone", 411: "lengthRequired", 412: "preconditionFailed", 413: "contentTooLarge",
        414: "uriTooLong", 415: "unsupportedMediaType", 416: "rangeNotSatisfiable", 417: "expectationFailed",
        418: "imATeapot", 421: "misdirectedRequest", 422: "unprocessableContent", 423: "locked",
        424: "failedDependency",
        425: "tooEarly", 426: "upgradeRequired", 428: "preconditionRequired", 429: "tooManyRequests",
        431: "requestHeaderFieldsTooLarge", 451: "unavailableForLegalReasons",
        500: "internalServerError", 501: "notImplemented", 502: "badGateway", 503: "serviceUnavailable",
        504: "gatewayTimeout", 505: "httpVersionNotSupported", 506: "variantAlsoNegotiates", 507: "insufficientStorage",
        508: "loopDetected", 510: "notExtended", 511: "networkAuthenticationRequired",
    ]
}
