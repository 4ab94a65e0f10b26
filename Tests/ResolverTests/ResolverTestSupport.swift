import Diagnostics
import Foundation
import OpenAPIModel
import Resolver

/// Writes `files` into a fresh temporary directory and returns it.
func makeDirectory(_ files: [String: String]) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("resolver-\(UUID().uuidString)")
    for (name, text) in files {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return directory
}

/// Resolves `root` inside `directory`, naming files as a user running plexus-gen there would see them.
func resolve(in directory: URL, root: String = "openapi.yaml", allowedRoot: String? = nil) -> ResolutionResult {
    APIResolver.resolve(
        contentsOf: directory.appendingPathComponent(root).path, displayName: root,
        options: ResolverOptions(allowedRoot: allowedRoot ?? directory.path))
}

/// Writes `files` into a fresh directory and resolves `root` there (the directory is the allowed root).
func resolveFiles(_ files: [String: String], root: String = "openapi.yaml", allowedRoot: String? = nil) throws
    -> ResolutionResult
{
    resolve(in: try makeDirectory(files), root: root, allowedRoot: allowedRoot)
}

/// Resolves one 3.0 document given as `components.schemas` (and optionally paths) text.
func resolveSchemas(_ schemas: String, paths: String = "  {}", version: String = "3.0.3") throws -> ResolutionResult {
    try resolveFiles([
        "openapi.yaml":
            "openapi: \(version)\ninfo: {title: T, version: '1'}\npaths:\n\(paths)\ncomponents:\n  schemas:\n\(schemas)\n"
    ])
}

extension ResolutionResult {
    var lines: [String] { diagnostics.map(\.description) }
    var errorLines: [String] { diagnostics.filter { $0.severity == .error }.map(\.description) }
}

extension ResolvedAPI {
    func object(_ name: String) -> ObjectType? {
        if case .object(let object)? = type(named: name)?.kind { return object }
        return nil
    }

    func union(_ name: String) -> UnionType? {
        if case .union(let union)? = type(named: name)?.kind { return union }
        return nil
    }

    func enumeration(_ name: String) -> EnumType? {
        if case .enumeration(let enumeration)? = type(named: name)?.kind { return enumeration }
        return nil
    }
}

extension ObjectType {
    func property(_ jsonName: String) -> Property? { properties.first { $0.jsonName == jsonName } }
}
