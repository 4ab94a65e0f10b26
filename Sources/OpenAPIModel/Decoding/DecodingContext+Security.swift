internal import Diagnostics
internal import YAMLLoader

extension DecodingContext {
    func securityScheme(_ node: YAMLNode) -> SecurityScheme? {
        guard var object = object(node, "security scheme") else { return nil }
        defer { object.finish() }
        let description = object.string("description")
        let extensions = object.extensions()
        guard let typeNode = object.value("type") else {
            object.missing("type")
            return nil
        }
        guard let type = string(typeNode, field: "type", in: "security scheme") else { return nil }
        let kind: SecurityScheme.Kind
        switch type {
        case "apiKey":
            let name = object.requiredString("name")
            let place = object.enumeration("in", Parameter.Location.self, allowed: [.query, .header, .cookie])
            if !object.has("in") { object.missing("in") }
            kind = .apiKey(name: name, location: place ?? .header)
        case "http":
            kind = .http(scheme: object.requiredString("scheme"), bearerFormat: object.string("bearerFormat"))
        case "oauth2":
            guard let flowsNode = object.value("flows") else {
                object.missing("flows")
                return nil
            }
            guard let flows = oauthFlows(flowsNode) else { return nil }
            kind = .oauth2(flows)
        case "openIdConnect":
            kind = .openIdConnect(url: object.requiredString("openIdConnectUrl"))
        case "mutualTLS" where version >= .v3_1:
            kind = .mutualTLS
        default:
            let allowed =
                version >= .v3_1
                ? "apiKey, http, mutualTLS, oauth2, openIdConnect" : "apiKey, http, oauth2, openIdConnect"
            let hint = type == "basic" ? " (Swagger 2.0's 'basic' is 'http' with scheme 'basic' in OpenAPI 3)" : ""
            error(
                "invalid value '\(type)' for 'type' in security scheme; expected one of \(allowed)\(hint)",
                at: typeNode, id: .invalidValue)
            return nil
        }
        return SecurityScheme(kind: kind, description: description, extensions: extensions, location: object.location)
    }

    func oauthFlows(_ node: YAMLNode) -> OAuthFlows? {
        guard var object = object(node, "OAuth flows") else { return nil }
        defer { object.finish() }
        return OAuthFlows(
            implicit: object.object("implicit") { self.oauthFlow($0, needs: ["authorizationUrl"]) },
            password: object.object("password") { self.oauthFlow($0, needs: ["tokenUrl"]) },
            clientCredentials: object.object("clientCredentials") { self.oauthFlow($0, needs: ["tokenUrl"]) },
            authorizationCode: object.object("authorizationCode") {
                self.oauthFlow($0, needs: ["authorizationUrl", "tokenUrl"])
            },
            extensions: object.extensions())
    }

    func oauthFlow(_ node: YAMLNode, needs required: [String]) -> OAuthFlow? {
        guard var object = object(node, "OAuth flow") else { return nil }
        defer { object.finish() }
        let authorizationUrl = object.string("authorizationUrl")
        let tokenUrl = object.string("tokenUrl")
        for field in required where !object.has(field) {
            object.missing(field)
        }
        if !object.has("scopes") { object.missing("scopes") }
        return OAuthFlow(
            authorizationUrl: authorizationUrl, tokenUrl: tokenUrl, refreshUrl: object.string("refreshUrl"),
            scopes: object.map("scopes") { key, value in self.string(value, field: key, in: "scopes") },
            extensions: object.extensions(), location: object.location)
    }

    func securityRequirement(_ node: YAMLNode) -> SecurityRequirement? {
        guard node.mapping != nil else {
            wrongType("a mapping", for: nil, in: "security requirement", found: node)
            return nil
        }
        let schemes: OrderedMap<[String]> = map(
            node, field: "security", in: "security requirement", allowExtensions: false
        ) { key, value -> [String]? in
            guard let items = value.sequence else {
                self.wrongType("a sequence of scope names", for: key, in: "security requirement", found: value)
                return nil
            }
            return items.compactMap { self.string($0, field: key, in: "security requirement") }
        }
        var scopeLocations: [String: [SourceLocation]] = [:]
        if let pairs = node.mapping {
            // `map` keeps exactly the scalar scopes, so these line up with `schemes`.
            for pair in pairs {
                guard let key = pair.key.scalar, let items = pair.value.sequence else { continue }
                scopeLocations[key] = items.filter { $0.kind == .scalar }.map(location)
            }
        }
        return SecurityRequirement(schemes: schemes, location: location(node), scopeLocations: scopeLocations)
    }
}
