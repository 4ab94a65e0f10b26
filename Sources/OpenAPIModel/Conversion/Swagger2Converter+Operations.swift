internal import Diagnostics
internal import YAMLLoader

/// Paths, operations, parameters, request bodies and responses of a Swagger 2.0 document.
extension Swagger2Converter {
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch"]

    mutating func paths(_ node: YAMLNode) throws(YAMLError) {
        try map(node) { (converter, item) throws(YAMLError) in try converter.pathItem(item) }
    }

    /// A path item: its operations converted, its body and form parameters handed to each operation.
    mutating func pathItem(_ node: YAMLNode) throws(YAMLError) {
        guard let mapping = node.mapping else { return try out.copy(node) }
        let shared = node["parameters"]?.sequence.map(Array.init) ?? []
        try out.beginMapping(at: node.mark)
        for pair in mapping {
            let name = pair.key.scalar ?? ""
            if name == "$ref" {
                try reference(pair)
            } else if Self.methods.contains(name) {
                try out.copy(pair.key)
                try operation(pair.value, shared: shared)
            } else if name == "parameters", let items = pair.value.sequence {
                let regular = items.filter { item in !Self.isBodyOrForm(referencedParameter(item) ?? item) }
                guard !regular.isEmpty else { continue }
                try out.copy(pair.key)
                try out.beginSequence(at: pair.value.mark)
                for item in regular { try parameter(item) }
                try out.endCollection()
            } else {
                try copy(pair)
            }
        }
        try out.endCollection()
    }

    /// An operation. Its body or form parameters (its own, else the path item's) become its `requestBody`.
    mutating func operation(_ node: YAMLNode, shared: [YAMLNode]) throws(YAMLError) {
        guard let mapping = node.mapping else { return try out.copy(node) }
        let consumes = node["consumes"].map(Self.strings) ?? globalConsumes
        let produces = node["produces"].map(Self.strings) ?? globalProduces
        let own = node["parameters"]?.sequence.map(Array.init) ?? []
        // An operation's parameter replaces a path item's of the same name and location.
        func identity(_ parameter: YAMLNode) -> String {
            let resolved = referencedParameter(parameter) ?? parameter
            return (resolved["in"]?.scalar ?? "") + "\u{0}" + (resolved["name"]?.scalar ?? "")
        }
        let ownIdentities = Set(own.map(identity))
        let all = own + shared.filter { !ownIdentities.contains(identity($0)) }
        let body = all.first { Self.location(referencedParameter($0) ?? $0) == "body" }
        let form = all.filter { Self.location(referencedParameter($0) ?? $0) == "formData" }
        if let body, let first = form.first {
            diagnostics.append(
                warn(
                    "an operation cannot have both a body parameter and formData parameters; the body parameter is kept",
                    at: first))
        }
        try out.beginMapping(at: node.mark)
        var wroteBody = false
        for pair in mapping {
            switch pair.key.scalar ?? "" {
            case "consumes", "produces":
                continue
            case "schemes":
                if Set(Self.strings(pair.value)) != Set(Self.strings(root["schemes"])) {
                    diagnostics.append(
                        warn(
                            "operation-level 'schemes' are not converted; the operation is served by the document's servers",
                            at: pair.key))
                }
            case "parameters":
                let regular = own.filter { !Self.isBodyOrForm(referencedParameter($0) ?? $0) }
                if !regular.isEmpty {
                    try out.copy(pair.key)
                    try out.beginSequence(at: pair.value.mark)
                    for item in regular { try parameter(item) }
                    try out.endCollection()
                }
                if !wroteBody {
                    wroteBody = true
                    try requestBody(body: body, form: form, consumes: consumes, at: pair.key)
                }
            case "responses":
                if !wroteBody {
                    wroteBody = true
                    try requestBody(body: body, form: form, consumes: consumes, at: pair.key)
                }
                try out.copy(pair.key)
                try map(pair.value) { (converter, response) throws(YAMLError) in
                    try converter.response(response, produces: produces)
                }
            default:
                try copy(pair)
            }
        }
        if !wroteBody { try requestBody(body: body, form: form, consumes: consumes, at: node) }
        try out.endCollection()
    }

    /// Writes `requestBody` for an operation's body parameter or its form parameters, if it has either.
    mutating func requestBody(body: YAMLNode?, form: [YAMLNode], consumes: [String], at place: YAMLNode)
        throws(YAMLError)
    {
        if let body {
            try key("requestBody", at: (referencedParameter(body) == nil ? body : place).mark)
            // A shared body parameter stays shared when the operation reads the document's media types.
            if let text = body["$ref"]?.scalar, referencedParameter(body) != nil, consumes == globalConsumes {
                try out.beginMapping(at: body.mark)
                try key("$ref", at: body.mark)
                try string(rewrittenReference(text), at: body["$ref"]?.mark ?? body.mark)
                return try out.endCollection()
            }
            return try requestBody(body: referencedParameter(body) ?? body, consumes: consumes)
        }
        guard let first = form.first else { return }
        try key("requestBody", at: first.mark)
        try formBody(form.map { referencedParameter($0) ?? $0 }, consumes: consumes, at: first)
    }

    /// A body parameter as a request body: one media type per entry of `consumes`.
    mutating func requestBody(body: YAMLNode, consumes: [String]) throws(YAMLError) {
        guard let mapping = body.mapping else { return try out.copy(body) }
        try out.beginMapping(at: body.mark)
        try copyFields(of: mapping, ["description", "required"])
        let schema = body.mapping?.first { $0.key.isScalar("schema") }
        try key("content", at: (schema?.key ?? body).mark)
        try out.beginMapping(at: (schema?.value ?? body).mark)
        for mediaType in consumes.isEmpty ? ["application/json"] : consumes {
            try string(mediaType, at: (schema?.key ?? body).mark)
            try out.beginMapping(at: (schema?.value ?? body).mark)
            if let schema {
                try out.copy(schema.key)
                try self.schema(schema.value)
            }
            try out.endCollection()
        }
        try out.endCollection()
        try out.endCollection()
    }

    /// `formData` parameters as a request body whose schema is an object with one property per parameter.
    mutating func formBody(_ parameters: [YAMLNode], consumes: [String], at place: YAMLNode) throws(YAMLError) {
        let formTypes = ["application/x-www-form-urlencoded", "multipart/form-data"]
        var mediaTypes = consumes.filter(formTypes.contains)
        if mediaTypes.isEmpty {
            let hasFile = parameters.contains { $0["type"]?.scalar == "file" }
            mediaTypes = [hasFile ? "multipart/form-data" : "application/x-www-form-urlencoded"]
        }
        let required = parameters.filter { $0["required"]?.scalar == "true" }
        try out.beginMapping(at: place.mark)
        if required.isEmpty == false {
            try key("required", at: place.mark)
            try plain("true", at: place.mark)
        }
        try key("content", at: place.mark)
        try out.beginMapping(at: place.mark)
        for mediaType in mediaTypes {
            try string(mediaType, at: place.mark)
            try out.beginMapping(at: place.mark)
            try key("schema", at: place.mark)
            try out.beginMapping(at: place.mark)
            try key("type", at: place.mark)
            try plain("object", at: place.mark)
            try key("properties", at: place.mark)
            try out.beginMapping(at: place.mark)
            for parameter in parameters {
                guard let name = parameter["name"] else { continue }
                try out.copy(name)
                try simpleSchema(parameter, description: parameter["description"])
            }
            try out.endCollection()
            if !required.isEmpty {
                try key("required", at: place.mark)
                try out.beginSequence(at: place.mark)
                for parameter in required {
                    if let name = parameter["name"] { try out.copy(name) }
                }
                try out.endCollection()
            }
            try out.endCollection()
            let delimited = parameters.filter { parameter in
                parameter["type"]?.scalar == "array" && (parameter["collectionFormat"]?.scalar ?? "csv") != "multi"
            }
            if mediaType == formTypes[0], !delimited.isEmpty {
                try key("encoding", at: place.mark)
                try out.beginMapping(at: place.mark)
                for parameter in delimited {
                    guard let name = parameter["name"] else { continue }
                    try out.copy(name)
                    try out.beginMapping(at: parameter.mark)
                    try collectionStyle(parameter, location: "query")
                    try out.endCollection()
                }
                try out.endCollection()
            }
            try out.endCollection()
        }
        try out.endCollection()
        try out.endCollection()
    }

    /// A query, path or header parameter: its type keywords move into `schema`, `collectionFormat` becomes
    /// `style` and `explode`.
    mutating func parameter(_ node: YAMLNode) throws(YAMLError) {
        guard let mapping = node.mapping else { return try out.copy(node) }
        try out.beginMapping(at: node.mark)
        if let ref = mapping.first(where: { $0.key.isScalar("$ref") }) {
            try reference(ref)
            return try out.endCollection()
        }
        try copyFields(of: mapping, ["name", "in", "description", "required", "allowEmptyValue", "deprecated"])
        if let schema = node["schema"] {
            // Not a 2.0 parameter field, but some documents write one; keep it as 3.0 reads it.
            try key("schema", at: schema.mark)
            try self.schema(schema)
        } else if let type = mapping.first(where: { $0.key.isScalar("type") }) {
            try key("schema", at: type.key.mark)
            try simpleSchema(node, description: nil)
        }
        if node["type"]?.scalar == "array" {
            try collectionStyle(node, location: Self.location(node) ?? "query")
        }
        try out.endCollection()
    }

    /// `style` and `explode` for an array parameter's `collectionFormat` (2.0's default is `csv`).
    mutating func collectionStyle(_ node: YAMLNode, location: String) throws(YAMLError) {
        let formatNode = node["collectionFormat"]
        let format = formatNode?.scalar ?? "csv"
        let mark = (formatNode ?? node["type"] ?? node).mark
        let isQuery = location == "query" || location == "formData"
        let style: String
        var explode = false
        switch (format, isQuery) {
        case ("csv", true): style = "form"
        case ("csv", false): style = "simple"
        case ("multi", true):
            style = "form"
            explode = true
        case ("ssv", true): style = "spaceDelimited"
        case ("pipes", true): style = "pipeDelimited"
        default:
            style = isQuery ? "form" : "simple"
            diagnostics.append(
                warn(
                    "collectionFormat '\(format)' has no OpenAPI 3 equivalent in \(location == "formData" ? "a form" : "a \(location) parameter"); it is read as comma-separated",
                    at: formatNode ?? node))
        }
        try key("style", at: mark)
        try plain(style, at: mark)
        try key("explode", at: mark)
        try plain(explode ? "true" : "false", at: mark)
    }

    /// A response: its `schema` and `examples` become content per `produces` entry, its headers get schemas.
    mutating func response(_ node: YAMLNode, produces: [String]) throws(YAMLError) {
        guard let mapping = node.mapping else { return try out.copy(node) }
        try out.beginMapping(at: node.mark)
        if let ref = mapping.first(where: { $0.key.isScalar("$ref") }) {
            try reference(ref)
            return try out.endCollection()
        }
        let schema = mapping.first { $0.key.isScalar("schema") }
        let examples = node["examples"]?.mapping
        for pair in mapping {
            switch pair.key.scalar ?? "" {
            case "schema", "examples":
                continue
            case "headers":
                try out.copy(pair.key)
                try map(pair.value) { (converter, header) throws(YAMLError) in try converter.header(header) }
            default:
                try copy(pair)
            }
        }
        if schema != nil || examples != nil {
            let place = schema?.key ?? node["examples"] ?? node
            var mediaTypes = produces.isEmpty ? ["application/json"] : produces
            for example in examples.map(Array.init) ?? [] where !mediaTypes.contains(example.key.scalar ?? "") {
                mediaTypes.append(example.key.scalar ?? "")
            }
            try key("content", at: place.mark)
            try out.beginMapping(at: (schema?.value ?? place).mark)
            for mediaType in mediaTypes {
                try string(mediaType, at: place.mark)
                try out.beginMapping(at: (schema?.value ?? place).mark)
                if let schema {
                    try out.copy(schema.key)
                    try self.schema(schema.value)
                }
                if let example = examples?.first(where: { $0.key.isScalar(mediaType) }) {
                    try key("example", at: example.key.mark)
                    try out.copy(example.value)
                }
                try out.endCollection()
            }
            try out.endCollection()
        }
        try out.endCollection()
    }

    /// A response header: its type keywords move into `schema`.
    mutating func header(_ node: YAMLNode) throws(YAMLError) {
        guard let mapping = node.mapping else { return try out.copy(node) }
        try out.beginMapping(at: node.mark)
        try copyFields(of: mapping, ["description"])
        if let type = mapping.first(where: { $0.key.isScalar("type") }) {
            try key("schema", at: type.key.mark)
            try simpleSchema(node, description: nil)
        }
        try out.endCollection()
    }

    /// Copies the entries of `mapping` named in `names`, and its extensions (`x-`).
    mutating func copyFields(of mapping: YAMLMapping, _ names: Set<String>) throws(YAMLError) {
        for pair in mapping {
            guard let name = pair.key.scalar, names.contains(name) || name.hasPrefix("x-") else { continue }
            try copy(pair)
        }
    }
}
