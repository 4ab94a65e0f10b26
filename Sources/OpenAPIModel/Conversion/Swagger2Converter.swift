public import Diagnostics
public import YAMLLoader

/// Rewrites a Swagger 2.0 document's node tree into the OpenAPI 3.0 document it describes, so that every later
/// stage (decoder, resolver, linter, emitters) reads one model.
///
/// Every node written keeps the line and column of the 2.0 node it comes from, and a node the conversion makes up
/// (a `content` mapping, a server URL built from `host`, `basePath` and `schemes`) takes the place of the 2.0 node
/// that implies it, so a diagnostic about the converted document points into the 2.0 file. What changes:
/// `definitions`, `parameters`, `responses` and `securityDefinitions` move under `components`; body and
/// `formData` parameters become request bodies with one media type per `consumes` entry; a response's `schema`
/// becomes content per `produces` entry; `collectionFormat` becomes `style` and `explode`; `host`, `basePath` and
/// `schemes` become `servers`; `x-nullable` becomes `nullable`, `type: file` a binary string, a discriminator
/// name a discriminator object; local references are rewritten to their new places. Where 2.0 says something
/// OpenAPI 3 cannot, the conversion keeps the nearest meaning and warns (`swagger2-conversion`).
public struct Swagger2Converter {
    var out: YAMLTreeBuilder
    let root: YAMLNode
    let file: String
    var diagnostics: [Diagnostic] = []
    let globalConsumes: [String]
    let globalProduces: [String]
    /// The document's `parameters` section: an operation's `$ref` to one of them is classified by looking here,
    /// since a body or form parameter becomes part of a request body rather than a parameter.
    let globalParameters: YAMLNode?
    /// Local references are rewritten to their places in the converted document; in a fragment file (a part
    /// referenced from a 2.0 document, which is not restructured) they stay as written.
    let rewritesReferences: Bool

    /// The OpenAPI version a converted document declares.
    public static let convertedVersion = "3.0.3"

    /// True when `root` declares `swagger: "2.0"`.
    public static func isSwagger2(_ root: YAMLNode) -> Bool {
        guard let version = root["swagger"]?.scalar else { return false }
        return version == "2.0" || version == "2"
    }

    /// The OpenAPI 3 document `yaml` describes, when it is a Swagger 2.0 document; else `yaml` itself.
    ///
    /// - Throws: `YAMLError` when the converted tree breaks a loader limit (nesting).
    public static func converted(_ yaml: YAMLDocument, limits: YAMLLoaderLimits = .default) throws(YAMLError)
        -> YAMLDocument
    {
        guard isSwagger2(yaml.root) else { return yaml }
        var converter = Swagger2Converter(root: yaml.root, file: yaml.file, limits: limits)
        try converter.document()
        var converted = try converter.out.finish()
        converted.convertedFrom = "2.0"
        converted.conversionDiagnostics = converter.diagnostics
        return converted
    }

    init(root: YAMLNode, file: String, limits: YAMLLoaderLimits, rewritesReferences: Bool = true) {
        self.root = root
        self.file = file
        self.rewritesReferences = rewritesReferences
        out = YAMLTreeBuilder(file: file, limits: limits)
        globalConsumes = Self.strings(root["consumes"])
        globalProduces = Self.strings(root["produces"])
        globalParameters = root["parameters"]
    }

    /// What a part of a fragment file (a file of parts, referenced from a Swagger 2.0 document) can be.
    public enum FragmentKind: Sendable {
        case schema, parameter, response, header, pathItem
    }

    /// A part of a fragment file referenced from a Swagger 2.0 document, as the OpenAPI 3 object of `kind`,
    /// with what the conversion had to say. Media types are the default ones (`application/json`): the document's
    /// `consumes` and `produces` do not reach into other files.
    ///
    /// A body or form parameter cannot be converted alone (it becomes part of its operation's request body): it is
    /// returned unconverted with an error saying so.
    public static func convertedFragment(_ node: YAMLNode, as kind: FragmentKind, file: String) -> (
        node: YAMLNode, diagnostics: [Diagnostic]
    ) {
        var converter = Swagger2Converter(root: node, file: file, limits: .default, rewritesReferences: false)
        if kind == .parameter, isBodyOrForm(node) {
            let problem = Diagnostic(
                .error,
                "a \(location(node) == "body" ? "body" : "formData") parameter in a file referenced from a Swagger 2.0 document cannot be converted on its own; declare it in the document's 'parameters' or the operation",
                at: SourceLocation(file: file, line: node.mark.line, column: node.mark.column), id: .swagger2Conversion)
            return (node, [problem])
        }
        do throws(YAMLError) {
            switch kind {
            case .schema: try converter.schema(node)
            case .parameter: try converter.parameter(node)
            case .response: try converter.response(node, produces: [])
            case .header: try converter.header(node)
            case .pathItem: try converter.pathItem(node)
            }
            return (try converter.out.finish().root, converter.diagnostics)
        } catch {
            return (node, [error.diagnostic])
        }
    }

    static func strings(_ node: YAMLNode?) -> [String] {
        node?.sequence?.compactMap(\.scalar) ?? []
    }

    // MARK: Writing

    mutating func key(_ name: String, at mark: YAMLMark) throws(YAMLError) {
        try out.addScalar(name, at: mark)
    }

    mutating func string(_ value: String, at mark: YAMLMark) throws(YAMLError) {
        try out.addScalar(value, style: .doubleQuoted, at: mark)
    }

    mutating func plain(_ value: String, at mark: YAMLMark) throws(YAMLError) {
        try out.addScalar(value, at: mark)
    }

    /// Copies `pair` unchanged.
    mutating func copy(_ pair: YAMLPair) throws(YAMLError) {
        try out.copy(pair.key)
        try out.copy(pair.value)
    }

    func warn(_ message: String, at node: YAMLNode) -> Diagnostic {
        Diagnostic(
            .warning, message, at: SourceLocation(file: file, line: node.mark.line, column: node.mark.column),
            id: .swagger2Conversion)
    }

    // MARK: Document

    static let serverKeys: Set<String> = ["host", "basePath", "schemes"]
    static let componentKeys: Set<String> = ["definitions", "parameters", "responses", "securityDefinitions"]

    mutating func document() throws(YAMLError) {
        guard let mapping = root.mapping else { return try out.copy(root) }
        try out.beginMapping(at: root.mark)
        var wroteServers = false
        var wroteComponents = false
        for pair in mapping {
            let name = pair.key.scalar ?? ""
            switch name {
            case "swagger":
                try key("openapi", at: pair.key.mark)
                try string(Self.convertedVersion, at: pair.value.mark)
            case _ where Self.serverKeys.contains(name):
                guard !wroteServers else { continue }
                wroteServers = true
                try servers(at: pair.key)
            case "consumes", "produces":
                continue
            case "paths":
                try out.copy(pair.key)
                try paths(pair.value)
            case _ where Self.componentKeys.contains(name):
                guard !wroteComponents else { continue }
                wroteComponents = true
                try components(at: pair.key)
            default:
                try copy(pair)
            }
        }
        try out.endCollection()
    }

    /// `servers`, one per scheme, from `host`, `basePath` and `schemes`, written where the first of them is.
    mutating func servers(at keyNode: YAMLNode) throws(YAMLError) {
        let host = root["host"]?.scalar
        let basePath = root["basePath"]?.scalar ?? ""
        let path = basePath.hasPrefix("/") || basePath.isEmpty ? basePath : "/" + basePath
        let valueNode = root["host"] ?? root["basePath"] ?? keyNode
        var urls: [String]
        if let host, !host.isEmpty {
            var schemes = Self.strings(root["schemes"]).filter { ["http", "https", "ws", "wss"].contains($0) }
            // A document without schemes is served by the scheme it is fetched with; https is the safe guess.
            if schemes.isEmpty { schemes = ["https"] }
            urls = schemes.map { "\($0)://\(host)\(path)" }
        } else {
            urls = [path.isEmpty ? "/" : path]
        }
        if host == nil, path.isEmpty { return }
        try key("servers", at: keyNode.mark)
        try out.beginSequence(at: valueNode.mark)
        for url in urls {
            try out.beginMapping(at: valueNode.mark)
            try key("url", at: valueNode.mark)
            try string(url, at: valueNode.mark)
            try out.endCollection()
        }
        try out.endCollection()
    }

    // MARK: Components

    mutating func components(at keyNode: YAMLNode) throws(YAMLError) {
        try key("components", at: keyNode.mark)
        try out.beginMapping(at: keyNode.mark)
        if let definitions = root.mapping?.first(where: { $0.key.isScalar("definitions") }) {
            try key("schemas", at: definitions.key.mark)
            try map(definitions.value) { (converter, value) throws(YAMLError) in try converter.schema(value) }
        }
        if let parameters = root.mapping?.first(where: { $0.key.isScalar("parameters") }),
            let entries = parameters.value.mapping
        {
            let regular = entries.filter { !Self.isBodyOrForm($0.value) }
            if !regular.isEmpty {
                try key("parameters", at: parameters.key.mark)
                try out.beginMapping(at: parameters.value.mark)
                for entry in regular {
                    try out.copy(entry.key)
                    try parameter(entry.value)
                }
                try out.endCollection()
            }
            let bodies = entries.filter { Self.location($0.value) == "body" }
            if !bodies.isEmpty {
                try key("requestBodies", at: parameters.key.mark)
                try out.beginMapping(at: parameters.value.mark)
                for entry in bodies {
                    try out.copy(entry.key)
                    try requestBody(body: entry.value, consumes: globalConsumes)
                }
                try out.endCollection()
            }
        }
        if let responses = root.mapping?.first(where: { $0.key.isScalar("responses") }) {
            try key("responses", at: responses.key.mark)
            try map(responses.value) { (converter, value) throws(YAMLError) in
                try converter.response(value, produces: converter.globalProduces)
            }
        }
        if let schemes = root.mapping?.first(where: { $0.key.isScalar("securityDefinitions") }) {
            try key("securitySchemes", at: schemes.key.mark)
            try map(schemes.value) { (converter, value) throws(YAMLError) in try converter.securityScheme(value) }
        }
        try out.endCollection()
    }

    /// Writes a mapping with each value converted by `convert`; anything but a mapping is copied for the decoder
    /// to report.
    mutating func map(
        _ node: YAMLNode, _ convert: (inout Swagger2Converter, YAMLNode) throws(YAMLError) -> Void
    ) throws(YAMLError) {
        guard let mapping = node.mapping else { return try out.copy(node) }
        try out.beginMapping(at: node.mark)
        for pair in mapping {
            try out.copy(pair.key)
            try convert(&self, pair.value)
        }
        try out.endCollection()
    }

    // MARK: References

    /// A reference as it reads in the converted document: a local one follows its target to its new place.
    func rewrittenReference(_ text: String) -> String {
        guard rewritesReferences, text.hasPrefix("#/") else { return text }
        let tokens = text.dropFirst(2).split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard tokens.count == 2 else { return text }
        let rest = String(tokens[1])
        switch tokens[0] {
        case "definitions": return "#/components/schemas/" + rest
        case "responses": return "#/components/responses/" + rest
        case "parameters":
            let name = JSONPointer.unescape(rest)
            if let parameter = globalParameters?[name], Self.location(parameter) == "body" {
                return "#/components/requestBodies/" + rest
            }
            return "#/components/parameters/" + rest
        default: return text
        }
    }

    /// A pointer into a 2.0 document as it reads in the converted document (`/definitions/Pet` →
    /// `/components/schemas/Pet`); for references written in other files, which the conversion does not rewrite.
    /// `convertedRoot` tells a body parameter (now a request body) from the others.
    public static func convertedPointer(_ tokens: [String], in convertedRoot: YAMLNode) -> [String] {
        guard tokens.count >= 2 else { return tokens }
        let section: String
        switch tokens[0] {
        case "definitions": section = "schemas"
        case "responses": section = "responses"
        case "securityDefinitions": section = "securitySchemes"
        case "parameters":
            section =
                convertedRoot["components"]?["requestBodies"]?[tokens[1]] != nil ? "requestBodies" : "parameters"
        default: return tokens
        }
        return ["components", section] + tokens.dropFirst()
    }

    /// A local reference of a converted document as the 2.0 document wrote it (`#/components/schemas/Pet` →
    /// `#/definitions/Pet`), for messages; `nil` when the conversion did not rewrite it.
    public static func writtenReference(_ converted: String) -> String? {
        let sections = [
            ("#/components/schemas/", "#/definitions/"), ("#/components/responses/", "#/responses/"),
            ("#/components/parameters/", "#/parameters/"), ("#/components/requestBodies/", "#/parameters/"),
        ]
        for (new, old) in sections where converted.hasPrefix(new) { return old + converted.dropFirst(new.count) }
        return nil
    }

    /// Copies a `$ref` entry with its target rewritten.
    mutating func reference(_ pair: YAMLPair) throws(YAMLError) {
        try out.copy(pair.key)
        guard let text = pair.value.scalar else { return try out.copy(pair.value) }
        try string(rewrittenReference(text), at: pair.value.mark)
    }

    /// The parameter a local `$ref` names in the `parameters` section, when it does.
    func referencedParameter(_ node: YAMLNode) -> YAMLNode? {
        guard rewritesReferences, let text = node["$ref"]?.scalar, text.hasPrefix("#/parameters/") else { return nil }
        return globalParameters?[JSONPointer.unescape(String(text.dropFirst("#/parameters/".count)))]
    }

    static func location(_ parameter: YAMLNode) -> String? { parameter["in"]?.scalar }

    static func isBodyOrForm(_ parameter: YAMLNode) -> Bool {
        let location = location(parameter)
        return location == "body" || location == "formData"
    }
}
