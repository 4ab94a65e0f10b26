internal import Diagnostics
internal import OpenAPIModel
internal import Resolver

/// The HTTP contract's changes between two resolved documents: operations, parameters, bodies, responses and
/// their headers, security and servers, each judged for existing clients and existing servers.
struct ContractDiff {
    let old: ResolvedAPI
    let new: ResolvedAPI
    private(set) var findings: [DiffFinding] = []
    /// The operations each document pairs with the other's, by subject (`GET /pets/{id}`): old to new.
    private(set) var operationPairs: [String: String] = [:]
    /// Component schemas renamed with their shape kept, by name in the document: old to new.
    private(set) var schemaRenames: [String: String] = [:]
    /// Webhooks and callbacks are being compared: the API is their client, apps their servers.
    private var sentByAPI = false
    private var schemas: SchemaComparison

    /// Compares the documents.
    init(old: ResolvedAPI, new: ResolvedAPI) {
        self.old = old
        self.new = new
        schemas = SchemaComparison(old: old, new: new)
        let pairs = compareOperations(old.operations, new.operations)
        // Webhooks and callbacks: the API sends these requests and apps serve them, so their findings judge the
        // API as the client and the receiving apps as the servers.
        sentByAPI = true
        schemas.sentByAPI = true
        compareOperations(Self.webhookOperations(old), Self.webhookOperations(new))
        for (oldOperation, newOperation) in pairs {
            compareOperations(
                Self.callbackOperations(of: oldOperation, subject: OperationMatching.subject(newOperation)),
                Self.callbackOperations(of: newOperation, subject: OperationMatching.subject(newOperation)))
        }
        sentByAPI = false
        schemas.sentByAPI = false
        compareSecuritySchemes()
        compareServers()
        findRenamedSchemas()
        findings = Self.merged(findings + schemas.findings)
    }

    /// One finding per change: the same change reached through several operations (a shared response or
    /// parameter) is reported once, the other operations in `alsoAffects`.
    private static func merged(_ findings: [DiffFinding]) -> [DiffFinding] {
        // The same change at the same places: a finding of an operation's own part is at that operation's place,
        // so only changes of shared parts merge.
        struct Key: Hashable {
            var check: DiffCheck
            var message: String
            var clients: DiffSeverity?
            var servers: DiffSeverity?
            var old: SourceLocation?
            var new: SourceLocation?
        }
        var result: [DiffFinding] = []
        var positions: [Key: Int] = [:]
        for finding in findings {
            let key = Key(
                check: finding.check, message: finding.message, clients: finding.clients, servers: finding.servers,
                old: finding.old, new: finding.new)
            guard let position = positions[key] else {
                positions[key] = result.count
                result.append(finding)
                continue
            }
            for subject in [finding.subject] + finding.alsoAffects
            where subject != result[position].subject && !result[position].alsoAffects.contains(subject) {
                result[position].alsoAffects.append(subject)
            }
        }
        return result
    }

    // MARK: Operations

    /// Compares two lists of operations; returns the pairs.
    @discardableResult
    private mutating func compareOperations(_ oldOperations: [ResolvedOperation], _ newOperations: [ResolvedOperation])
        -> [(ResolvedOperation, ResolvedOperation)]
    {
        let matching = OperationMatching(old: oldOperations, new: newOperations)
        // A webhook or callback that is gone no longer reaches the apps that handle it; a new one reaches apps that
        // do not expect it.
        for operation in matching.removed {
            add(
                .operationRemoved, clients: sentByAPI ? nil : .breaking, servers: sentByAPI ? .breaking : nil,
                "\(OperationMatching.subject(operation)) is gone", operation, old: operation.location, new: nil)
        }
        for (oldOperation, newOperation, evidence) in matching.pairs {
            operationPairs[OperationMatching.subject(oldOperation)] = OperationMatching.subject(newOperation)
            compareOperation(oldOperation, newOperation, evidence: evidence)
        }
        for operation in matching.added {
            add(
                .operationAdded, clients: sentByAPI ? nil : .compatible,
                servers: sentByAPI ? .potentiallyBreaking : nil,
                "\(OperationMatching.subject(operation)) is new", operation, old: nil, new: operation.location)
        }
        return matching.pairs.map { ($0.old, $0.new) }
    }

    /// The webhooks' operations, each with `webhook <name>` as its path.
    private static func webhookOperations(_ api: ResolvedAPI) -> [ResolvedOperation] {
        api.webhooks.flatMap { webhook in
            webhook.operations.map { operation in
                var named = operation
                named.path = "webhook \(webhook.name)"
                return named
            }
        }
    }

    /// The callbacks' operations of `operation`, each with `callback <name> of <operation>` as its path.
    private static func callbackOperations(of operation: ResolvedOperation, subject: String) -> [ResolvedOperation] {
        operation.callbacks.flatMap { callback in
            callback.operations.map { received in
                var named = received
                named.path = "callback \(callback.name) of \(subject)"
                return named
            }
        }
    }

    private mutating func compareOperation(
        _ oldOperation: ResolvedOperation, _ newOperation: ResolvedOperation, evidence: OperationMatching.Evidence
    ) {
        let subject = OperationMatching.subject(newOperation)
        let at = (old: oldOperation.location, new: newOperation.location)
        if evidence != .route {
            add(
                .operationMoved, clients: .breaking, servers: nil,
                "\(OperationMatching.subject(oldOperation)) moved to \(subject)"
                    + (evidence == .shape ? " (recognised by its shape)" : ""),
                newOperation, old: at.old, new: at.new)
        }
        if oldOperation.operationId != newOperation.operationId {
            add(
                .operationIDChanged, clients: .compatible, servers: nil,
                "operationId '\(oldOperation.operationId ?? "")' is '\(newOperation.operationId ?? "")' now",
                newOperation, old: oldOperation.operationIdLocation ?? at.old,
                new: newOperation.operationIdLocation ?? at.new)
        }
        if !oldOperation.deprecated, newOperation.deprecated {
            add(
                .operationDeprecated, clients: .compatible, servers: nil, "\(subject) is deprecated", newOperation,
                old: at.old, new: at.new)
        }
        // Path parameters renamed in the template are the same parameters.
        var renamedPathParameters: [String: String] = [:]
        let oldNames = URLTemplate.variables(oldOperation.path)
        let newNames = URLTemplate.variables(newOperation.path)
        if evidence == .route, oldNames.count == newNames.count {
            for (oldName, newName) in zip(oldNames, newNames) where oldName != newName {
                renamedPathParameters[oldName] = newName
                add(
                    .pathParameterRenamed, clients: .compatible, servers: nil,
                    "path parameter '\(oldName)' is called '\(newName)'", newOperation, old: at.old, new: at.new)
            }
        }
        compareParameters(oldOperation, newOperation, renamed: renamedPathParameters)
        compareRequestBodies(oldOperation, newOperation)
        compareResponses(oldOperation, newOperation)
        compareSecurity(oldOperation, newOperation)
    }

    // MARK: Parameters

    private struct ParameterKey: Hashable {
        var location: Parameter.Location
        var name: String

        init(_ parameter: ResolvedParameter, renamed: [String: String] = [:]) {
            location = parameter.location
            let name =
                parameter.location == .path ? renamed[parameter.wireName] ?? parameter.wireName : parameter.wireName
            self.name = parameter.location == .header ? name.lowercased() : name
        }
    }

    private mutating func compareParameters(
        _ oldOperation: ResolvedOperation, _ newOperation: ResolvedOperation, renamed: [String: String]
    ) {
        let subject = OperationMatching.subject(newOperation)
        var newByKey: [ParameterKey: ResolvedParameter] = [:]
        for parameter in newOperation.parameters { newByKey[ParameterKey(parameter)] = parameter }
        var unmatchedNew = Set(newByKey.keys)
        var unmatchedOld: [ResolvedParameter] = []
        for oldParameter in oldOperation.parameters {
            let key = ParameterKey(oldParameter, renamed: renamed)
            guard let newParameter = newByKey[key] else {
                unmatchedOld.append(oldParameter)
                continue
            }
            unmatchedNew.remove(key)
            compareParameter(oldParameter, newParameter, newOperation)
        }
        for oldParameter in unmatchedOld {
            // The same name elsewhere: the parameter moved.
            if let key = unmatchedNew.sorted(by: { $0.location.rawValue < $1.location.rawValue }).first(where: {
                $0.name.lowercased() == oldParameter.wireName.lowercased()
            }), let newParameter = newByKey[key] {
                unmatchedNew.remove(key)
                add(
                    .parameterLocationChanged, clients: .breaking, servers: .breaking,
                    "parameter '\(oldParameter.wireName)' moved from \(oldParameter.location.rawValue) to "
                        + newParameter.location.rawValue, newOperation, old: oldParameter.sourceLocation,
                    new: newParameter.sourceLocation)
                compareParameter(oldParameter, newParameter, newOperation)
                continue
            }
            add(
                .parameterRemoved, clients: .potentiallyBreaking, servers: nil,
                "\(oldParameter.location.rawValue) parameter '\(oldParameter.wireName)' is gone", newOperation,
                old: oldParameter.sourceLocation, new: newOperation.location)
        }
        for parameter in newOperation.parameters where unmatchedNew.contains(ParameterKey(parameter)) {
            let (check, clients) =
                parameter.required
                ? (DiffCheck.parameterAddedRequired, DiffSeverity.breaking) : (.parameterAddedOptional, .compatible)
            add(
                check, clients: clients, servers: nil,
                "new \(parameter.required ? "required" : "optional") \(parameter.location.rawValue) parameter "
                    + "'\(parameter.wireName)'", newOperation, old: oldOperation.location, new: parameter.sourceLocation
            )
        }
        _ = subject
    }

    private mutating func compareParameter(
        _ oldParameter: ResolvedParameter, _ newParameter: ResolvedParameter, _ operation: ResolvedOperation
    ) {
        let at = (old: oldParameter.sourceLocation, new: newParameter.sourceLocation)
        let name = "\(newParameter.location.rawValue) parameter '\(newParameter.wireName)'"
        if !oldParameter.required, newParameter.required {
            add(
                .parameterBecameRequired, clients: .breaking, servers: nil, "\(name) is required now", operation,
                old: at.old, new: at.new)
        } else if oldParameter.required, !newParameter.required {
            add(
                .parameterBecameOptional, clients: .compatible, servers: .potentiallyBreaking,
                "\(name) is optional now", operation, old: at.old, new: at.new)
        }
        // A parameter that moved has its new location's default style; the move is what is reported.
        if oldParameter.location == newParameter.location,
            oldParameter.style != newParameter.style || oldParameter.explode != newParameter.explode
                || oldParameter.contentType != newParameter.contentType
        {
            func spelled(_ parameter: ResolvedParameter) -> String {
                parameter.contentType.map { "content \($0)" }
                    ?? "style \(parameter.style.rawValue), explode \(parameter.explode)"
            }
            add(
                .parameterStyleChanged, clients: .breaking, servers: .breaking,
                "\(name) is serialized with \(spelled(newParameter)) instead of \(spelled(oldParameter))", operation,
                old: at.old, new: at.new)
        }
        if oldParameter.defaultValue != newParameter.defaultValue {
            add(
                .parameterDefaultChanged, clients: .potentiallyBreaking, servers: nil,
                "\(name) defaults to \(newParameter.defaultValue.map { "\($0)" } ?? "nothing") instead of "
                    + (oldParameter.defaultValue.map { "\($0)" } ?? "nothing"), operation, old: at.old, new: at.new)
        }
        if !oldParameter.deprecated, newParameter.deprecated {
            add(
                .parameterDeprecated, clients: .compatible, servers: nil, "\(name) is deprecated", operation,
                old: at.old, new: at.new)
        }
        schemas.compare(
            oldParameter.type, newParameter.type, .parameter,
            at: .init(subject: OperationMatching.subject(operation), path: name, old: at.old, new: at.new))
    }

    // MARK: Bodies

    private mutating func compareRequestBodies(_ oldOperation: ResolvedOperation, _ newOperation: ResolvedOperation) {
        let at = (
            old: oldOperation.requestBodyLocation ?? oldOperation.location,
            new: newOperation.requestBodyLocation ?? newOperation.location
        )
        switch (oldOperation.requestBody, newOperation.requestBody) {
        case (nil, nil):
            return
        case (nil, let body?):
            let (check, clients) =
                body.required
                ? (DiffCheck.requestBodyAddedRequired, DiffSeverity.breaking) : (.requestBodyAddedOptional, .compatible)
            add(
                check, clients: clients, servers: nil,
                "takes a \(body.required ? "required" : "optional") request body now", newOperation, old: at.old,
                new: at.new)
        case (_?, nil):
            add(
                .requestBodyRemoved, clients: .potentiallyBreaking, servers: nil, "takes no request body now",
                newOperation, old: at.old, new: at.new)
        case (let oldBody?, let newBody?):
            if !oldBody.required, newBody.required {
                add(
                    .requestBodyBecameRequired, clients: .breaking, servers: nil, "the request body is required now",
                    newOperation, old: at.old, new: at.new)
            } else if oldBody.required, !newBody.required {
                add(
                    .requestBodyBecameOptional, clients: .compatible, servers: .potentiallyBreaking,
                    "the request body is optional now", newOperation, old: at.old, new: at.new)
            }
            compareContents(
                oldBody.contents, newBody.contents, .request, operation: newOperation, path: "request body", at: at,
                removed: (.requestMediaTypeRemoved, .breaking), added: (.requestMediaTypeAdded, .compatible))
        }
    }

    private mutating func compareContents(
        _ oldContents: [ResolvedContent], _ newContents: [ResolvedContent], _ context: SchemaContext,
        operation: ResolvedOperation, path: String, at: (old: SourceLocation, new: SourceLocation),
        removed: (DiffCheck, DiffSeverity), added: (DiffCheck, DiffSeverity)
    ) {
        let subject = OperationMatching.subject(operation)
        let newByType = Dictionary(newContents.map { ($0.mediaType.lowercased(), $0) }) { first, _ in first }
        let oldTypes = Set(oldContents.map { $0.mediaType.lowercased() })
        for content in oldContents {
            guard let newContent = newByType[content.mediaType.lowercased()] else {
                add(
                    removed.0, clients: removed.1, servers: nil, "\(path) is no longer \(content.mediaType)", operation,
                    old: at.old, new: at.new)
                continue
            }
            let oldType = content.itemType ?? content.type
            let newType = newContent.itemType ?? newContent.type
            if let oldType, let newType {
                schemas.compare(
                    oldType, newType, context, at: .init(subject: subject, path: path, old: at.old, new: at.new))
            }
        }
        for content in newContents where !oldTypes.contains(content.mediaType.lowercased()) {
            add(
                added.0, clients: added.1, servers: nil, "\(path) may be \(content.mediaType) now", operation,
                old: at.old, new: at.new)
        }
    }

    // MARK: Responses

    private mutating func compareResponses(_ oldOperation: ResolvedOperation, _ newOperation: ResolvedOperation) {
        let at = (old: oldOperation.location, new: newOperation.location)
        let newByStatus = Dictionary(newOperation.responses.map { ($0.status, $0) }) { first, _ in first }
        let oldStatuses = Set(oldOperation.responses.map(\.status))
        for response in oldOperation.responses {
            let success = response.status.isSuccess
            guard let newResponse = newByStatus[response.status] else {
                add(
                    .responseStatusRemoved, clients: success ? .breaking : .compatible, servers: nil,
                    "response \(response.status) is no longer documented", newOperation,
                    old: response.location ?? at.old, new: at.new)
                continue
            }
            let path = "response \(response.status)"
            let place = (old: response.location ?? at.old, new: newResponse.location ?? at.new)
            compareContents(
                response.contents, newResponse.contents, .response, operation: newOperation, path: path, at: place,
                removed: (.responseMediaTypeRemoved, .breaking), added: (.responseMediaTypeAdded, .compatible))
            compareHeaders(response, newResponse, newOperation, path: path, at: place)
        }
        for response in newOperation.responses where !oldStatuses.contains(response.status) {
            add(
                .responseStatusAdded, clients: response.status.isSuccess ? .potentiallyBreaking : .compatible,
                servers: nil, "response \(response.status) is new", newOperation, old: at.old,
                new: response.location ?? at.new)
        }
    }

    private mutating func compareHeaders(
        _ oldResponse: ResolvedResponse, _ newResponse: ResolvedResponse, _ operation: ResolvedOperation,
        path: String, at: (old: SourceLocation, new: SourceLocation)
    ) {
        let newByName = Dictionary(newResponse.headers.map { ($0.wireName.lowercased(), $0) }) { first, _ in first }
        let oldNames = Set(oldResponse.headers.map { $0.wireName.lowercased() })
        for header in oldResponse.headers {
            guard let newHeader = newByName[header.wireName.lowercased()] else {
                add(
                    .responseHeaderRemoved, clients: header.required ? .breaking : .potentiallyBreaking, servers: nil,
                    "\(path) no longer has the header '\(header.wireName)'", operation, old: at.old, new: at.new)
                continue
            }
            let name = "header '\(newHeader.wireName)' of \(path)"
            if header.required, !newHeader.required {
                add(
                    .responseHeaderBecameOptional, clients: .breaking, servers: nil, "\(name) is optional now",
                    operation, old: at.old, new: at.new)
            } else if !header.required, newHeader.required {
                add(
                    .responseHeaderBecameRequired, clients: .compatible, servers: nil, "\(name) is always sent now",
                    operation, old: at.old, new: at.new)
            }
            schemas.compare(
                header.type, newHeader.type, .header,
                at: .init(subject: OperationMatching.subject(operation), path: name, old: at.old, new: at.new))
        }
        for header in newResponse.headers where !oldNames.contains(header.wireName.lowercased()) {
            add(
                .responseHeaderAdded, clients: .compatible, servers: nil,
                "\(path) has a new header '\(header.wireName)'", operation, old: at.old, new: at.new)
        }
    }

    // MARK: Security

    private mutating func compareSecurity(_ oldOperation: ResolvedOperation, _ newOperation: ResolvedOperation) {
        let at = (old: oldOperation.location, new: newOperation.location)
        let oldAlternatives = oldOperation.security.map { Set($0.schemes.map(\.name)) }
        let newAlternatives = newOperation.security.map { Set($0.schemes.map(\.name)) }
        // An old client met one old alternative; it still gets in if some new alternative asks no more of it.
        let accepted: (Set<String>) -> Bool = { had in
            newAlternatives.isEmpty || newAlternatives.contains { $0.isSubset(of: had) }
        }
        let locksOut = (oldAlternatives.isEmpty ? [Set<String>()] : oldAlternatives).contains { !accepted($0) }
        let oldSchemes = oldAlternatives.reduce(into: Set<String>()) { $0.formUnion($1) }
        let newSchemes = newAlternatives.reduce(into: Set<String>()) { $0.formUnion($1) }
        var reportedLockout = false
        for scheme in newSchemes.subtracting(oldSchemes).sorted() {
            reportedLockout = reportedLockout || locksOut
            add(
                .securityRequirementAdded, clients: locksOut ? .breaking : .compatible, servers: nil,
                locksOut ? "requires '\(scheme)' now" : "accepts '\(scheme)' now", newOperation, old: at.old,
                new: at.new)
        }
        if locksOut, !reportedLockout {
            add(
                .securityRequirementAdded, clients: .breaking, servers: nil,
                "requires a combination of schemes it did not: "
                    + newAlternatives.map { $0.sorted().joined(separator: " + ") }.joined(separator: " or "),
                newOperation, old: at.old, new: at.new)
        }
        for scheme in oldSchemes.subtracting(newSchemes).sorted() {
            add(
                .securityRequirementRemoved, clients: .compatible, servers: .potentiallyBreaking,
                "no longer requires '\(scheme)'", newOperation, old: at.old, new: at.new)
        }
        func scopes(_ operation: ResolvedOperation) -> [String: Set<String>] {
            var result: [String: Set<String>] = [:]
            for requirement in operation.security {
                for scheme in requirement.schemes { result[scheme.name, default: []].formUnion(scheme.scopes) }
            }
            return result
        }
        let oldScopes = scopes(oldOperation)
        let newScopes = scopes(newOperation)
        for scheme in oldSchemes.intersection(newSchemes).sorted() {
            let before = oldScopes[scheme] ?? []
            let after = newScopes[scheme] ?? []
            for scope in after.subtracting(before).sorted() {
                add(
                    .securityScopeAdded, clients: .breaking, servers: nil,
                    "requires the scope '\(scope)' of '\(scheme)'",
                    newOperation, old: at.old, new: at.new)
            }
            for scope in before.subtracting(after).sorted() {
                add(
                    .securityScopeRemoved, clients: .compatible, servers: nil,
                    "no longer requires the scope '\(scope)' of '\(scheme)'", newOperation, old: at.old, new: at.new)
            }
        }
    }

    private mutating func compareSecuritySchemes() {
        let root = (old: Self.rootLocation(old), new: Self.rootLocation(new))
        let newByName = Dictionary(new.securitySchemes.map { ($0.name, $0) }) { first, _ in first }
        let oldNames = Set(old.securitySchemes.map(\.name))
        for scheme in old.securitySchemes {
            guard let newScheme = newByName[scheme.name] else {
                findings.append(
                    DiffFinding(
                        .securitySchemeRemoved, clients: .potentiallyBreaking,
                        "security scheme '\(scheme.name)' is gone",
                        subject: "security scheme \(scheme.name)", old: root.old, new: root.new))
                continue
            }
            let before = Self.spelled(scheme.kind)
            let after = Self.spelled(newScheme.kind)
            if before != after {
                findings.append(
                    DiffFinding(
                        .securitySchemeChanged, clients: .breaking, servers: .breaking,
                        "security scheme '\(scheme.name)' is \(after) instead of \(before)",
                        subject: "security scheme \(scheme.name)", old: root.old, new: root.new))
            }
        }
        for scheme in new.securitySchemes where !oldNames.contains(scheme.name) {
            findings.append(
                DiffFinding(
                    .securitySchemeAdded, clients: .compatible, "security scheme '\(scheme.name)' is new",
                    subject: "security scheme \(scheme.name)", old: root.old, new: root.new))
        }
    }

    private static func spelled(_ kind: SecurityScheme.Kind) -> String {
        switch kind {
        case .apiKey(let name, let location): "an API key in \(location.rawValue) '\(name)'"
        case .http(let scheme, _): "HTTP \(scheme.lowercased())"
        case .oauth2: "OAuth 2"
        case .openIdConnect(let url): "OpenID Connect at \(url)"
        case .mutualTLS: "mutual TLS"
        }
    }

    // MARK: Servers

    private mutating func compareServers() {
        let root = (old: Self.rootLocation(old), new: Self.rootLocation(new))
        let newByURL = Dictionary(new.servers.map { ($0.url, $0) }) { first, _ in first }
        let oldURLs = Set(old.servers.map(\.url))
        for server in old.servers {
            guard let newServer = newByURL[server.url] else {
                findings.append(
                    DiffFinding(
                        .serverRemoved, clients: .potentiallyBreaking, "server \(server.url) is gone",
                        subject: "servers", old: root.old, new: root.new))
                continue
            }
            let newVariables = Dictionary(newServer.variables.map { ($0.name, $0) }) { first, _ in first }
            for variable in server.variables {
                guard let newVariable = newVariables[variable.name] else { continue }
                if variable.defaultValue != newVariable.defaultValue || variable.allowed != newVariable.allowed {
                    findings.append(
                        DiffFinding(
                            .serverVariableChanged, clients: .potentiallyBreaking,
                            "variable '\(variable.name)' of server \(server.url) defaults to "
                                + "'\(newVariable.defaultValue)' (was '\(variable.defaultValue)')"
                                + ((newVariable.allowed ?? []).isEmpty
                                    ? "" : ", allows \((newVariable.allowed ?? []).joined(separator: ", "))"),
                            subject: "servers", old: root.old, new: root.new))
                }
            }
        }
        for server in new.servers where !oldURLs.contains(server.url) {
            findings.append(
                DiffFinding(
                    .serverAdded, clients: .compatible, "server \(server.url) is new", subject: "servers",
                    old: root.old, new: root.new))
        }
    }

    // MARK: Schemas

    /// Component schemas gone from one side and new on the other with the same shape, one each: renamed.
    private mutating func findRenamedSchemas() {
        let oldNames = Set(old.types.map(\.originalName))
        let newNames = Set(new.types.map(\.originalName))
        let gone = old.types.filter { !newNames.contains($0.originalName) }
        let arrived = new.types.filter { !oldNames.contains($0.originalName) }
        let goneByShape = Dictionary(grouping: gone, by: Self.shape)
        let arrivedByShape = Dictionary(grouping: arrived, by: Self.shape)
        for type in gone {
            let shape = Self.shape(type)
            guard goneByShape[shape]?.count == 1, let candidates = arrivedByShape[shape], candidates.count == 1 else {
                continue
            }
            let renamed = candidates[0]
            schemaRenames[type.originalName] = renamed.originalName
            findings.append(
                DiffFinding(
                    .schemaRenamed, clients: .compatible,
                    "schema '\(type.originalName)' is called '\(renamed.originalName)' (same shape)",
                    subject: "schema \(renamed.originalName)", old: type.location, new: renamed.location))
        }
    }

    /// A type's shape without its own name: members, values or variants.
    static func shape(_ type: NamedType) -> String {
        switch type.kind {
        case .object(let object):
            "object{"
                + object.properties.map { "\($0.jsonName):\($0.type):\($0.isRequired)" }.sorted()
                .joined(separator: ",") + "|\(object.additionalProperties?.description ?? "-")}"
        case .enumeration(let enumeration):
            "enum{" + enumeration.cases.map { "\($0.value)" }.joined(separator: ",") + "}"
        case .union(let union):
            "union{" + union.cases.map { "\($0.type)=\($0.discriminatorValues)" }.joined(separator: ",") + "}"
        case .alias(let target): "alias{\(target)}"
        }
    }

    // MARK: Recording

    private mutating func add(
        _ check: DiffCheck, clients: DiffSeverity?, servers: DiffSeverity?, _ message: String,
        _ operation: ResolvedOperation, old: SourceLocation?, new: SourceLocation?
    ) {
        var finding = DiffFinding(
            check, clients: clients, servers: servers, message, subject: OperationMatching.subject(operation),
            old: old, new: new)
        finding.sentByAPI = sentByAPI
        findings.append(finding)
    }

    /// The first line of the root document, for findings about the document as a whole.
    private static func rootLocation(_ api: ResolvedAPI) -> SourceLocation {
        SourceLocation(file: api.files.first ?? "", line: 1, column: 1)
    }
}
