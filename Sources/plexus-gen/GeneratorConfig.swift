import Diagnostics
import Foundation
import OpenAPIModel
import Resolver
import SwiftEmitter
import YAMLLoader

/// The settings of `plexus-gen.yaml`: what `generate` does when no option says otherwise.
///
/// ```yaml
/// output: Generated          # where files are written
/// modes: [types, client]     # what to generate: types, client, server
/// numberType: decimal        # double (default) or decimal, for `type: number` without format
/// accessModifier: public     # public (default), package or internal
/// modelConformance: equatable  # what models conform to: hashable (default), equatable or none
/// templates: MyTemplates     # a directory of .mustache files overriding the built-in ones (relative to this file)
/// filter:                    # generate only the types these operations use
///   tags: [Accounts]
///   paths: [/rest/accounts]
///   operationIds: [getUser]
/// typeNames:                 # Swift names for schemas, by component name
///   Error: PlexusError
/// typeOverrides:             # existing Swift types to use instead of generating a schema
///   Currency: String
/// lint:                      # settings of `plexus-gen lint` (see LintConfig)
///   ruleset: recommended
/// ```
struct GeneratorConfig {
    var output: String?
    var modes: [String]?
    var numberType: EmitterOptions.NumberType?
    var accessModifier: EmitterOptions.AccessModifier?
    var modelConformance: EmitterOptions.ModelConformance?
    var templates: String?
    var filter: EmitterOptions.OperationFilter?
    var typeNames: [ConfiguredTypeName] = []
    var typeOverrides: [ConfiguredTypeName] = []

    static let supportedModes = GenerationMode.allCases.map(\.rawValue)

    /// The emitter's options for `spec` with these settings, options given on the command line first.
    func emitterOptions(
        spec: String, numberType: EmitterOptions.NumberType? = nil, access: EmitterOptions.AccessModifier? = nil
    ) -> EmitterOptions {
        EmitterOptions(
            numberType: numberType ?? self.numberType ?? .double,
            accessModifier: access ?? accessModifier ?? .public,
            sourceName: (spec as NSString).lastPathComponent,
            operationFilter: filter,
            typeOverrides: Dictionary(typeOverrides.map { ($0.schema, $0.swiftName) }) { first, _ in first })
    }

    static let fileName = "plexus-gen.yaml"

    /// Reads a config file; every problem is a located diagnostic.
    static func load(_ path: String) throws(DiagnosticError) -> GeneratorConfig {
        let document: YAMLDocument
        do {
            document = try YAMLLoader().load(contentsOf: path)
        } catch {
            throw DiagnosticError(error.message, at: error.location, id: error.kind.id)
        }
        guard let pairs = document.root.mapping else {
            throw DiagnosticError(
                "expected a mapping of settings", at: location(document, document.root), id: .configInvalid)
        }
        var config = GeneratorConfig()
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            let value = pair.value.scalar
            func invalid(_ allowed: String) -> DiagnosticError {
                DiagnosticError(
                    "invalid value '\(value ?? "")' for '\(key)'; expected \(allowed)",
                    at: location(document, pair.value),
                    id: .configInvalid)
            }
            switch key {
            case "output", "templates":
                guard let value, !value.isEmpty else { throw invalid("a directory path") }
                fallthrough
            default: break
            }
            switch key {
            case "output": config.output = value
            // Relative to the config file, so the same file works from any directory (and from the build plugin).
            case "templates":
                config.templates = value.map { template in
                    template.hasPrefix("/")
                        ? template
                        : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(template).path
                }
            case "modes":
                let modes = try strings(pair.value, document, key)
                for (index, mode) in modes.enumerated() where !supportedModes.contains(mode) {
                    let node = pair.value.sequence?[index] ?? pair.value
                    throw DiagnosticError(
                        "mode '\(mode)' is not supported yet; supported: \(supportedModes.joined(separator: ", "))",
                        at: location(document, node), id: .configInvalid)
                }
                config.modes = modes
            case "filter":
                var filter = EmitterOptions.OperationFilter()
                for entry in try mapping(pair.value, document, key) {
                    switch entry.key.scalar ?? "" {
                    case "tags": filter.tags = try strings(entry.value, document, "tags")
                    case "paths": filter.paths = try strings(entry.value, document, "paths")
                    case "operationIds": filter.operationIds = try strings(entry.value, document, "operationIds")
                    case let other:
                        throw DiagnosticError(
                            "unknown filter '\(other)'; expected tags, paths or operationIds",
                            at: location(document, entry.key),
                            id: .configInvalid)
                    }
                }
                config.filter = filter
            case "typeNames": config.typeNames = try names(pair.value, document, key, isValid: isIdentifier)
            case "typeOverrides": config.typeOverrides = try names(pair.value, document, key, isValid: isTypeExpression)
            case "numberType":
                guard let type = value.flatMap(EmitterOptions.NumberType.init(rawValue:)) else {
                    throw invalid("double or decimal")
                }
                config.numberType = type
            case "accessModifier":
                guard let modifier = value.flatMap(EmitterOptions.AccessModifier.init(rawValue:)) else {
                    throw invalid("public, package or internal")
                }
                config.accessModifier = modifier
            case "modelConformance":
                guard let conformance = value.flatMap(EmitterOptions.ModelConformance.init(rawValue:)) else {
                    throw invalid("hashable, equatable or none")
                }
                config.modelConformance = conformance
            case "lint", "diff":
                // `plexus-gen lint` and `plexus-gen diff` read these sections (LintConfig, DiffConfig).
                break
            default:
                let known = [
                    "output", "modes", "templates", "numberType", "accessModifier", "modelConformance", "filter",
                    "typeNames", "typeOverrides", "lint", "diff",
                ]
                var message = "unknown setting '\(key)'"
                if let suggestion = Suggestion.closest(to: key, in: known) {
                    message += "; did you mean '\(suggestion)'?"
                }
                throw DiagnosticError(message, at: location(document, pair.key), id: .configInvalid)
            }
        }
        return config
    }

    private static func mapping(_ node: YAMLNode, _ document: YAMLDocument, _ key: String) throws(DiagnosticError)
        -> YAMLMapping
    {
        guard let pairs = node.mapping else {
            throw DiagnosticError("expected a mapping for '\(key)'", at: location(document, node), id: .configInvalid)
        }
        return pairs
    }

    private static func strings(_ node: YAMLNode, _ document: YAMLDocument, _ key: String) throws(DiagnosticError)
        -> [String]
    {
        guard let items = node.sequence else {
            throw DiagnosticError("expected a list for '\(key)'", at: location(document, node), id: .configInvalid)
        }
        var result: [String] = []
        for item in items {
            guard let text = item.scalar else {
                throw DiagnosticError("expected a string in '\(key)'", at: location(document, item), id: .configInvalid)
            }
            result.append(text)
        }
        return result
    }

    private static func names(
        _ node: YAMLNode, _ document: YAMLDocument, _ key: String, isValid: (String) -> Bool
    ) throws(DiagnosticError) -> [ConfiguredTypeName] {
        var result: [ConfiguredTypeName] = []
        for entry in try mapping(node, document, key) {
            guard let name = entry.key.scalar, let value = entry.value.scalar, !value.isEmpty else {
                throw DiagnosticError(
                    "expected schema names mapped to Swift type names in '\(key)'", at: location(document, entry.value),
                    id: .configInvalid)
            }
            // The value is written into generated code as it is, so it must be a name or a type, nothing more.
            guard isValid(value) else {
                throw DiagnosticError(
                    "'\(TerminalText.escaped(value))' in '\(key)' is not a Swift \(key == "typeNames" ? "type name" : "type")",
                    at: location(document, entry.value), id: .configInvalid)
            }
            result.append(ConfiguredTypeName(schema: name, swiftName: value, at: location(document, entry.key)))
        }
        return result
    }

    /// An ASCII Swift identifier that is not a keyword.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "_") || (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A)
        else { return false }
        return !SwiftName.isKeyword(text)
            && text.utf8.allSatisfy { byte in
                byte == UInt8(ascii: "_") || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                    || (byte >= 0x30 && byte <= 0x39)
            }
    }

    /// A Swift type as written: identifiers joined by `.`, generic arguments, `[T]`, `[K: V]` and `?`, brackets
    /// balanced, nothing that could end a declaration.
    static func isTypeExpression(_ text: String) -> Bool {
        var depth = 0
        var word = ""
        func isTypeWord(_ word: String) -> Bool {
            isIdentifier(word) || ["Any", "Self", "Type", "Protocol"].contains(word)
        }
        for character in text {
            if character.isASCII, character.isLetter || character.isNumber || character == "_" {
                word.append(character)
                continue
            }
            if !word.isEmpty {
                guard isTypeWord(word) else { return false }
                word = ""
            }
            switch character {
            case "<", "[": depth += 1
            case ">", "]":
                depth -= 1
                if depth < 0 { return false }
            case ".", ",", ":", "?", " ": break
            default: return false
            }
        }
        if !word.isEmpty, !isTypeWord(word) { return false }
        return depth == 0 && text.first.map { $0.isLetter || $0 == "_" || $0 == "[" } == true
    }

    private static func location(_ document: YAMLDocument, _ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: document.file, line: node.reportedMark.line, column: node.reportedMark.column)
    }
}
