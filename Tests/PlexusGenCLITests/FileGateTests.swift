import Foundation
import Testing

/// Every file plexus-gen reads passes one gate: real path inside the allowed root, regular files only, size checked
/// before reading. Regression tests for the hardening report's findings, inputs written out here.
@Suite struct FileGateTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            Pet: {$ref: 'schemas/pet.yaml'}

        """

    /// A project directory with `files` and, beside it (outside the root), a secret file and folder.
    static func project(_ files: [String: String]) throws -> (root: URL, outside: URL) {
        let base = try CLI.directory(with: [
            "outside/secret.yaml": "type: object\nproperties:\n  stolenSecret: {type: string}\n",
            "outside/dir/pet.yaml": "type: object\nproperties:\n  stolenSecret: {type: string}\n",
        ])
        let root = base.appendingPathComponent("project")
        for (name, text) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return (root, base.appendingPathComponent("outside"))
    }

    static func link(_ path: String, in root: URL, to destination: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    @Test func aReferenceThroughALinkedFileCannotLeaveTheRoot() throws {
        let (root, outside) = try Self.project(["openapi.yaml": Self.spec])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try Self.link("schemas/pet.yaml", in: root, to: outside.appendingPathComponent("secret.yaml").path)
        let result = try CLI.run(["generate", "openapi.yaml", "--output", "Out", "--no-config"], in: root)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "openapi.yaml:6:17: error: reference 'schemas/pet.yaml' leaves the allowed root directory '\(root.path)' through a symbolic link [ref-outside-root]"
            ),
            "\(result.standardError)")
        #expect(!result.standardError.contains("stolenSecret"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Out").path))
    }

    @Test func aReferenceThroughALinkedDirectoryCannotLeaveTheRoot() throws {
        let (root, outside) = try Self.project(["openapi.yaml": Self.spec])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try Self.link("schemas", in: root, to: outside.appendingPathComponent("dir").path)
        let result = try CLI.run(["validate", "openapi.yaml"], in: root)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains("through a symbolic link [ref-outside-root]"), "\(result.standardOutput)")
        let lint = try CLI.run(["lint", "openapi.yaml", "--format", "json"], in: root)
        #expect(!lint.standardOutput.contains("stolenSecret"))
    }

    @Test func aLinkThatStaysInsideTheRootIsFollowed() throws {
        let (root, _) = try Self.project([
            "openapi.yaml": Self.spec, "shared/pet.yaml": "type: object\nproperties:\n  name: {type: string}\n",
        ])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try Self.link("schemas", in: root, to: "shared")
        let result = try CLI.run(["validate", "openapi.yaml"], in: root)
        #expect(result.status == 0, "\(result.standardOutput)")
    }

    @Test func devicesAndFIFOsAreRefusedAtOnce() throws {
        let (root, _) = try Self.project(["openapi.yaml": Self.spec])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let fifo = root.appendingPathComponent("fifo.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A FIFO without a writer would block a plain open forever: `timeout` turns a hang into exit 124.
        let fromFIFO = try CLI.run(
            ["60", CLI.executable.path, "validate", "fifo.yaml"], in: root,
            program: URL(fileURLWithPath: "/usr/bin/timeout"))
        #expect(fromFIFO.status == 2)
        #expect(
            fromFIFO.standardOutput.contains("cannot read 'fifo.yaml': not a regular file (a FIFO)"),
            "\(fromFIFO.standardOutput)")

        let fromZero = try CLI.run(["validate", "/dev/zero"], in: root)
        #expect(fromZero.standardOutput.contains("cannot read '/dev/zero': not a regular file (a character device)"))

        try Self.link("schemas/pet.yaml", in: root, to: "/dev/urandom")
        let reference = try CLI.run(["validate", "openapi.yaml", "--ref-root", "/"], in: root)
        #expect(reference.status == 1)
        #expect(
            reference.standardOutput.contains(
                "openapi.yaml:6:17: error: cannot resolve 'schemas/pet.yaml': cannot read 'schemas/pet.yaml': not a regular file (a character device) [ref-unreadable]"
            ),
            "\(reference.standardOutput)")

        let config = try CLI.run(["generate", "openapi.yaml", "--config", "/dev/zero"], in: root)
        #expect(config.status == 2)
        #expect(config.standardError.contains("not a regular file (a character device)"), "\(config.standardError)")
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let (root, _) = try Self.project(["openapi.yaml": Self.spec])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        // A sparse 2 GiB file: reading it would take 2 GiB of memory.
        let huge = root.appendingPathComponent("huge.yaml")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, 2 << 30) == 0)
        let result = try CLI.run(["validate", "huge.yaml"], in: root)
        #expect(result.status == 2)
        #expect(
            result.standardOutput.contains(
                "cannot read 'huge.yaml': 2147483648 bytes, more than the limit of 67108864 bytes (--max-file-size)"),
            "\(result.standardOutput)")
        let small = try CLI.run(["validate", "openapi.yaml", "--max-file-size", "0"], in: root)
        #expect(small.status == 2)
        #expect(small.standardError.contains("--max-file-size must be 1 to 4096 (MiB)"))
    }

    @Test func templatesThatIncludeThemselvesOrNestWithoutBoundAreErrors() throws {
        let (root, _) = try Self.project([
            "openapi.yaml": Self.spec.replacingOccurrences(of: "{$ref: 'schemas/pet.yaml'}", with: "{type: string}"),
            "loop/Alias.mustache": "{{> Helper}}",
            "loop/Helper.mustache": "{{> Alias}}",
            "deep/Alias.mustache": String(repeating: "{{#a}}", count: 10_000)
                + String(repeating: "{{/a}}", count: 10_000),
            "file.mustache": "not a directory",
        ])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let loop = try CLI.run(["generate", "openapi.yaml", "--templates", "loop", "--no-config"], in: root)
        #expect(loop.status != 0)
        #expect(
            loop.standardError.contains("templates include each other without end: Alias → Helper → Alias"),
            "\(loop.standardError)")
        let deep = try CLI.run(["generate", "openapi.yaml", "--templates", "deep", "--no-config"], in: root)
        #expect(deep.status != 0)
        #expect(deep.standardError.contains("template 'Alias' nests sections deeper than 64"), "\(deep.standardError)")
        let file = try CLI.run(["generate", "openapi.yaml", "--templates", "file.mustache", "--no-config"], in: root)
        #expect(file.status != 0)
        #expect(file.standardError.contains("is a file; --templates names a directory"), "\(file.standardError)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Generated").path))
    }
}
