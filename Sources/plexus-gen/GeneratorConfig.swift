import Diagnostics
import OpenAPIModel
import SwiftEmitter
import YAMLLoader

/// The settings of `plexus-gen.yaml`: what `generate` does when no option says otherwise.
///
/// ```yaml
/// output: Generated          # where files are written
/// numberType: decimal        # double (default) or decimal, for `type: number` without format
/// accessModifier: public     # public (default), package or internal
/// templates: MyTemplates     # a directory of .mustache files overriding the built-in ones
/// ```
struct GeneratorConfig {
    var output: String?
    var numberType: EmitterOptions.NumberType?
    var accessModifier: EmitterOptions.AccessModifier?
    var templates: String?

    static let fileName = "plexus-gen.yaml"

    /// Reads a config file; every problem is a located diagnostic.
    static func load(_ path: String) throws(DiagnosticError) -> GeneratorConfig {
        let document: YAMLDocument
        do {
            document = try YAMLLoader().load(contentsOf: path)
        } catch {
            throw DiagnosticError(error.message, at: error.location, id: error.kind.rawValue)
        }
        guard let pairs = document.root.mapping else {
            throw DiagnosticError("expected a mapping of settings", at: location(document, document.root), id: "config-invalid")
        }
        var config = GeneratorConfig()
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            let value = pair.value.scalar
            func invalid(_ allowed: String) -> DiagnosticError {
                DiagnosticError(
                    "invalid value '\(value ?? "")' for '\(key)'; expected \(allowed)", at: location(document, pair.value),
                    id: "config-invalid")
            }
            switch key {
            case "output": config.output = value
            case "templates": config.templates = value
            case "numberType":
                guard let type = value.flatMap(EmitterOptions.NumberType.init(rawValue:)) else { throw invalid("double or decimal") }
                config.numberType = type
            case "accessModifier":
                guard let modifier = value.flatMap(EmitterOptions.AccessModifier.init(rawValue:)) else {
                    throw invalid("public, package or internal")
                }
                config.accessModifier = modifier
            default:
                let known = ["output", "templates", "numberType", "accessModifier"]
                var message = "unknown setting '\(key)'"
                if let suggestion = Suggestion.closest(to: key, in: known) { message += "; did you mean '\(suggestion)'?" }
                throw DiagnosticError(message, at: location(document, pair.key), id: "config-invalid")
            }
        }
        return config
    }

    private static func location(_ document: YAMLDocument, _ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: document.file, line: node.reportedMark.line, column: node.reportedMark.column)
    }
}
