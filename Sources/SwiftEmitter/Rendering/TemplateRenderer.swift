public import Diagnostics
internal import Foundation
internal import Mustache
internal import Templates
internal import YAMLLoader

/// Renders view models with the built-in templates, each replaceable by a file of the same name in a user's
/// template directory.
public struct TemplateRenderer: Sendable {
    /// The templates every emitter needs.
    public static let requiredTemplates =
        ["File", "Struct", "StructDeprecation"] + StructPropertyViewModel.MemberShape.allCases.map(\.rawValue)
        + StructParameterViewModel.Shape.allCases.map(\.rawValue)
        + StructPropertyViewModel.AssignmentShape.allCases.map(\.rawValue)
        + StructPropertyViewModel.DecodeShape.allCases.map(\.rawValue)
        + StructPropertyViewModel.EncodeShape.allCases.map(\.rawValue)
        + ["Enum", "Union", "Alias", "Client", "Operations", "Server"]
        + ["Argument", "ArgumentValue", "ParameterValue", "ParameterShape", "ParameterSource"]
        + ["ParameterRead", "BodyWrite", "ResponseBodyRead", "RequestBodyRead", "DefaultValue", "Constraints"]

    private let library: MustacheLibrary
    /// The templates rendered without the library (`DirectTemplate`): every built-in one, and overrides that keep
    /// to the tags it knows.
    private let direct: [String: DirectTemplate]
    /// What loading the templates has to say: override files that replace no template and that no template
    /// includes (most likely misspelt), naming the templates there are.
    public let diagnostics: [Diagnostic]

    /// Loads the built-in templates, then the `.mustache` files of `overrides` in their place.
    /// - Throws: `DiagnosticError` when a template cannot be read or parsed.
    public init(overrides: String? = nil) throws(DiagnosticError) {
        try self.init(overrides: overrides, rendersDirectly: true)
    }

    /// Loads the templates as `init(overrides:)` does; with `rendersDirectly` false every template is rendered
    /// by the Mustache library, which tests compare the direct rendering with.
    init(overrides: String?, rendersDirectly: Bool) throws(DiagnosticError) {
        var sources: [String: Source] = [:]
        var overrideFiles: [String: String] = [:]
        guard let builtIn = TemplateFiles.directory else {
            throw DiagnosticError(
                "the built-in templates are missing from the installation", at: nil, id: .templateMissing)
        }
        for name in Self.requiredTemplates {
            sources[name] = try Self.read(builtIn.appendingPathComponent("\(name).mustache"), as: name)
        }
        if let overrides {
            let directory = URL(fileURLWithPath: overrides)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
                throw DiagnosticError("template directory '\(overrides)' does not exist", at: nil, id: .templateMissing)
            }
            guard isDirectory.boolValue else {
                throw DiagnosticError(
                    "template directory '\(overrides)' is a file; --templates names a directory of .mustache files",
                    at: nil, id: .templateMissing)
            }
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".mustache") {
                let name = String(file.dropLast(9))
                sources[name] = try Self.read(directory.appendingPathComponent(file), as: name)
                overrideFiles[name] = directory.appendingPathComponent(file).path
            }
        }
        let structures = sources.mapValues(\.structure)
        let included = structures.values.reduce(into: Set<String>()) { $0.formUnion($1.partials) }
        let known = Self.requiredTemplates.sorted().map { "\($0).mustache" }.joined(separator: ", ")
        diagnostics = overrideFiles.sorted { $0.key < $1.key }.compactMap { name, path in
            guard !Self.requiredTemplates.contains(name), !included.contains(name) else { return nil }
            let suggestion = Suggestion.closest(to: name, in: Self.requiredTemplates).map {
                "did you mean '\($0).mustache'? "
            }
            return Diagnostic(
                .warning,
                "template '\(name).mustache' replaces no built-in template and no template includes it; \(suggestion ?? "")the templates are \(known)",
                at: SourceLocation(file: path, line: 1, column: 1), id: .templateUnused)
        }
        if let cycle = TemplateStructure.inclusionCycle(structures) {
            throw DiagnosticError(
                "templates include each other without end: \(cycle.joined(separator: " → "))", at: nil,
                id: .templateInvalid)
        }
        var library = MustacheLibrary()
        var direct: [String: DirectTemplate] = [:]
        for (name, source) in sources {
            let template = rendersDirectly ? DirectTemplate(source.text) : nil
            direct[name] = template
            // A template rendered directly that no template includes is never rendered by the library: parsing
            // it for the library would cost more than all its renderings.
            if template != nil, !included.contains(name) { continue }
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch {
                throw DiagnosticError(
                    "template '\(name)' does not parse: \(error)", at: source.location, id: .templateInvalid)
            }
        }
        self.library = library
        self.direct = direct
    }

    /// A template file's text, where it is, and which templates it includes.
    private struct Source {
        var text: String
        var location: SourceLocation
        var structure: TemplateStructure
    }

    /// Largest template file read.
    static let maximumTemplateBytes = 1 << 20

    private static func read(_ url: URL, as name: String) throws(DiagnosticError) -> Source {
        let location = SourceLocation(file: url.path, line: 1, column: 1)
        let bytes: [UInt8]
        do {
            bytes = try SourceFile.read(url.path, maximumBytes: maximumTemplateBytes)
        } catch {
            throw DiagnosticError(
                "cannot read template '\(url.path)': \(error.reason)", at: nil, id: .templateUnreadable)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw DiagnosticError("template '\(url.path)' is not UTF-8", at: location, id: .templateUnreadable)
        }
        return Source(
            text: text, location: location, structure: try TemplateStructure(text, name: name, file: url.path))
    }

    /// Renders a piece of code (an expression, a statement, a declaration's part) with the template called
    /// `name`, without the line break that ends the template's last line.
    func code(_ object: some TemplateContext, template name: String) -> String {
        var text = render(object, template: name)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Renders a view model with the template called `name`: directly when the template and the values allow it,
    /// else by the library.
    func render(_ object: some TemplateContext, template name: String) -> String {
        guard let template = direct[name] else { return library.render(object, withTemplate: name) ?? "" }
        if let text = template.render(object) { return text }
        // A value that is not text (a user's template may ask for a flag): the library renders it, parsing a
        // template it was not given.
        if let rendered = library.render(object, withTemplate: name) { return rendered }
        return (try? MustacheTemplate(string: template.source))?.render(object, library: library) ?? ""
    }
}
