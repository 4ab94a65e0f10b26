internal import OpenAPIModel
public import Resolver

/// One generated file: a path relative to the output directory and its full text.
public struct GeneratedFile: Sendable, Equatable {
    public var path: String
    public var contents: String

    /// Creates a file.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Renders the named types of a resolved API as Swift models.
public struct ModelEmitter: Sendable {
    public var options: EmitterOptions
    public var renderer: TemplateRenderer

    /// Creates an emitter.
    public init(options: EmitterOptions, renderer: TemplateRenderer) {
        self.options = options
        self.renderer = renderer
    }

    /// The model files for `api`: `Types.swift`, every type in name order.
    public func emit(_ api: ResolvedAPI) -> [GeneratedFile] {
        let access = options.accessModifier.rawValue
        let mapping = SwiftTypeMapping(options: options)
        let declarations = api.types.map { type -> String in
            let rendered: String
            switch type.kind {
            case .object(let object):
                rendered = renderer.render(StructBuilder(mapping: mapping, api: api, access: access).build(type, object), template: "Struct")
            case .enumeration(let enumeration):
                rendered = renderer.render(EnumBuilder(access: access).build(type, enumeration), template: "Enum")
            case .union(let union):
                rendered = renderer.render(UnionBuilder(mapping: mapping, access: access).build(type, union), template: "Union")
            case .alias(let target):
                rendered = renderer.render(
                    AliasViewModel(
                        docLines: DocComment.lines(title: type.title, description: type.description), access: access,
                        name: type.name, type: mapping.swiftType(target)),
                    template: "Alias")
            }
            return rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered
        }
        // Imports carry the declarations' access level, so the file compiles whether or not the consuming target
        // makes imports internal by default.
        let importKeyword = options.accessModifier == .internal ? "import" : "\(access) import"
        let file = FileViewModel(
            source: options.sourceName, imports: ["Foundation", "PlexusRuntime"].map { "\(importKeyword) \($0)" },
            declarations: declarations)
        return [GeneratedFile(path: "Types.swift", contents: renderer.render(file, template: "File"))]
    }
}
