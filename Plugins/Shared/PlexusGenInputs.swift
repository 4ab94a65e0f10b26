import Foundation

/// What a target gives plexus-gen: exactly one `openapi.{yaml,yml,json}`, at most one `plexus-gen.{yaml,yml}`, and
/// the files the document may reference or the config may name. Shared by the build-tool and the command plugin
/// (plugins cannot depend on a library, so both compile this file).
struct PlexusGenInputs {
    var spec: URL
    var config: URL?
    /// Every file whose change must regenerate: the spec, the config, other YAML/JSON files of the target (external
    /// `$ref`s) and the template overrides the config names.
    var inputFiles: [URL]
    /// `types`, `client`, `server`: from the config's `modes`, else types and client.
    var modes: [String]

    static let specNames: Set<String> = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configNames: Set<String> = ["plexus-gen.yaml", "plexus-gen.yml"]

    /// A target that cannot be generated, with the reason naming the target and the files.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// Nil when the target has no spec at all (the command plugin skips such targets unless named).
    init?(targetName: String, files: [URL]) throws {
        let specs = files.filter { Self.specNames.contains($0.lastPathComponent) }.sorted { $0.path < $1.path }
        let configs = files.filter { Self.configNames.contains($0.lastPathComponent) }.sorted { $0.path < $1.path }
        guard let spec = specs.first else { return nil }
        guard specs.count == 1 else {
            throw Problem(
                description: "target '\(targetName)' has \(specs.count) OpenAPI documents, expected one: "
                    + specs.map(\.path).joined(separator: ", "))
        }
        guard configs.count <= 1 else {
            throw Problem(
                description: "target '\(targetName)' has \(configs.count) plexus-gen configs, expected at most one: "
                    + configs.map(\.path).joined(separator: ", "))
        }
        self.spec = spec
        config = configs.first
        let settings = try config.map { try Self.readSettings($0) } ?? (modes: nil, templates: nil)
        modes = settings.modes ?? ["types", "client"]
        var inputs = files.filter { ["yaml", "yml", "json"].contains($0.pathExtension.lowercased()) }
        if let templates = settings.templates, let config {
            let directory =
                templates.hasPrefix("/")
                ? URL(fileURLWithPath: templates)
                : config.deletingLastPathComponent().appendingPathComponent(templates)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            inputs += names.filter { $0.hasSuffix(".mustache") }.sorted().map { directory.appendingPathComponent($0) }
        }
        inputFiles = inputs
    }

    static func missing(targetName: String) -> Problem {
        Problem(
            description: "target '\(targetName)' has no openapi.yaml, openapi.yml or openapi.json among its sources")
    }

    /// How many files the models are spread over. A build command names its outputs before it runs, so the count is
    /// fixed rather than taken from the document; the compiler works on files in parallel.
    static let typesFiles = 8

    /// The files `plexus-gen generate --types-files 8` writes for these modes.
    func outputFiles(in directory: URL) -> [URL] {
        var names: [String] = []
        if modes.contains("types") { names += (1...Self.typesFiles).map { "Types-\($0).swift" } }
        if modes.contains("client") || modes.contains("server") {
            names.append("Operations.swift")
            // Written with only their header when the document has no webhooks or callbacks.
            for surface in ["Webhook", "Callback"] {
                names += ["\(surface)s.swift", "\(surface)Sender.swift", "\(surface)Receiver.swift"]
            }
        }
        if modes.contains("client") { names.append("Client.swift") }
        if modes.contains("server") { names.append("Server.swift") }
        return names.map { directory.appendingPathComponent($0) }
    }

    /// The arguments of `plexus-gen generate` writing into `output`; with `fixedTypesFiles`, the models go into
    /// `typesFiles` files (what `outputFiles(in:)` names), else as the CLI spreads them.
    func arguments(output: URL, referenceRoot: URL, fixedTypesFiles: Bool) -> [String] {
        var arguments = ["generate", spec.path, "--output", output.path, "--ref-root", referenceRoot.path]
        if fixedTypesFiles { arguments += ["--types-files", String(Self.typesFiles)] }
        if let config { arguments += ["--config", config.path] } else { arguments.append("--no-config") }
        for mode in modes { arguments += ["--mode", mode] }
        return arguments
    }

    /// `modes` and `templates` of a config file, read line by line: plugins cannot link the YAML loader, and these
    /// two keys are all the plugin must know before plexus-gen runs (plexus-gen itself reads the whole file).
    static func readSettings(_ config: URL) throws -> (modes: [String]?, templates: String?) {
        let text = try String(contentsOf: config, encoding: .utf8)
        var modes: [String]?
        var templates: String?
        var inModes = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line =
                rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
                ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if inModes, trimmed.hasPrefix("- ") {
                modes?.append(unquoted(String(trimmed.dropFirst(2))))
                continue
            }
            inModes = false
            if line.hasPrefix("modes:") {
                let value = line.dropFirst("modes:".count).trimmingCharacters(in: .whitespaces)
                if value.hasPrefix("["), value.hasSuffix("]") {
                    modes = value.dropFirst().dropLast().split(separator: ",")
                        .map { unquoted($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
                } else {
                    modes = []
                    inModes = true
                }
            } else if line.hasPrefix("templates:") {
                templates = unquoted(line.dropFirst("templates:".count).trimmingCharacters(in: .whitespaces))
            }
        }
        return (modes, templates)
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else {
            return text
        }
        return String(text.dropFirst().dropLast())
    }
}
