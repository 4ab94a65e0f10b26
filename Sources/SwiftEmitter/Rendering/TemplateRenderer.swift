public import Diagnostics
internal import Foundation
internal import Mustache
internal import Templates
internal import YAMLLoader

/// Renders view models with the built-in templates, each replaceable by a file of the same name in a user's
/// template directory.
public struct TemplateRenderer: Sendable {
    /// The templates every emitter needs.
    public static let requiredTemplates = [
        "File", "Struct", "Enum", "Union", "Alias", "Client", "Operations", "Server",
    ]

    private let library: MustacheLibrary
    /// What loading the templates has to say: override files that replace no template and that no template
    /// includes (most likely misspelt), naming the templates there are.
    public let diagnostics: [Diagnostic]

    /// Loads the built-in templates, then the `.mustache` files of `overrides` in their place.
    /// - Throws: `DiagnosticError` when a template cannot be read or parsed.
    public init(overrides: String? = nil) throws(DiagnosticError) {
        var library = MustacheLibrary()
        var structures: [String: TemplateStructure] = [:]
        var overrideFiles: [String: String] = [:]
        guard let builtIn = TemplateFiles.directory else {
            throw DiagnosticError(
                "the built-in templates are missing from the installation", at: nil, id: .templateMissing)
        }
        for name in Self.requiredTemplates {
            structures[name] = try Self.register(
                builtIn.appendingPathComponent("\(name).mustache"), as: name, in: &library)
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
                structures[name] = try Self.register(directory.appendingPathComponent(file), as: name, in: &library)
                overrideFiles[name] = directory.appendingPathComponent(file).path
            }
        }
        let included = structures.values.reduce(into: Set<String>()) { $0.formUnion($1.partials) }
        let known = Self.requiredTemplates.sorted().map { "\($0).mustache" }.joined(separator: ", ")
        diagnostics = overrideFiles.sorted { $0.key < $1.key }.compactMap { name, path in
            guard !Self.requiredTemplates.contains(name), !included.contains(name) else { return nil }
            return Diagnostic(
                .warning,
                "template '\(name).mustache' replaces no built-in template and no template includes it; the templates are \(known)",
                at: SourceLocation(file: path, line: 1, column: 1), id: .templateUnused)
        }
        if let cycle = TemplateStructure.inclusionCycle(structures) {
            throw DiagnosticError(
                "templates include each other without end: \(cycle.joined(separator: " → "))", at: nil,
                id: .templateInvalid)
        }
        self.library = library
    }

    /// Largest template file read.
    static let maximumTemplateBytes = 1 << 20

    private static func register(
        _ url: URL, as name: String, in library: inout MustacheLibrary
    ) throws(DiagnosticError) -> TemplateStructure {
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
        let structure = try TemplateStructure(text, name: name, file: url.path)
        do {
            library.register(try MustacheTemplate(string: text), named: name)
        } catch {
            throw DiagnosticError("template '\(name)' does not parse: \(error)", at: location, id: .templateInvalid)
        }
        return structure
    }

    /// Renders `object` with the template called `name`.
    func render(_ object: Any, template name: String) -> String {
        library.render(object, withTemplate: name) ?? ""
    }
}
