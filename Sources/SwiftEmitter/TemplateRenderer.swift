internal import Foundation
internal import Mustache
public import Diagnostics
internal import Templates

/// Renders view models with the built-in templates, each replaceable by a file of the same name in a user's
/// template directory.
public struct TemplateRenderer: Sendable {
    /// The templates every emitter needs.
    public static let requiredTemplates = ["File", "Struct", "Enum", "Union", "Alias", "Client", "Operations", "Server"]

    private let library: MustacheLibrary

    /// Loads the built-in templates, then the `.mustache` files of `overrides` in their place.
    /// - Throws: `DiagnosticError` when a template cannot be read or parsed.
    public init(overrides: String? = nil) throws(DiagnosticError) {
        var library = MustacheLibrary()
        guard let builtIn = TemplateFiles.directory else {
            throw DiagnosticError("the built-in templates are missing from the installation", at: nil, id: "template-missing")
        }
        for name in Self.requiredTemplates {
            try Self.register(builtIn.appendingPathComponent("\(name).mustache"), as: name, in: &library)
        }
        if let overrides {
            let directory = URL(fileURLWithPath: overrides)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            guard FileManager.default.fileExists(atPath: directory.path) else {
                throw DiagnosticError("template directory '\(overrides)' does not exist", at: nil, id: "template-missing")
            }
            for file in files.sorted() where file.hasSuffix(".mustache") {
                try Self.register(directory.appendingPathComponent(file), as: String(file.dropLast(9)), in: &library)
            }
        }
        self.library = library
    }

    private static func register(_ url: URL, as name: String, in library: inout MustacheLibrary) throws(DiagnosticError) {
        let location = SourceLocation(file: url.path, line: 1, column: 1)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw DiagnosticError("cannot read template '\(url.path)'", at: nil, id: "template-unreadable")
        }
        do {
            library.register(try MustacheTemplate(string: text), named: name)
        } catch {
            throw DiagnosticError("template '\(name)' does not parse: \(error)", at: location, id: "template-invalid")
        }
    }

    /// Renders `object` with the template called `name`.
    func render(_ object: Any, template name: String) -> String {
        library.render(object, withTemplate: name) ?? ""
    }
}
