import Foundation
import Resolver
import SnapshotTesting
import SwiftEmitter
import Testing

/// Snapshots of generated server stubs and of the operation types the client and server share. Re-record
/// deliberately with `SNAPSHOT_TESTING_RECORD=failed swift test --filter Snapshots`, then read the diff.
@Suite struct GeneratedServerSnapshotTests {
    static func emit(path: String) throws -> (server: ClientEmitter.Output, operations: ClientEmitter.Output) {
        let result = APIResolver.resolve(contentsOf: path, displayName: "openapi.yaml")
        let api = try #require(result.api)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let options = EmitterOptions(numberType: .decimal)
        let renderer = try TemplateRenderer()
        return (
            ServerEmitter(options: options, renderer: renderer).emit(api),
            OperationTypesEmitter(options: options, renderer: renderer).emit(api)
        )
    }

    /// The Plexus server stubs leave no operation out. (Their text is the committed SDK, which `generate --check`
    /// keeps current; it is not snapshotted twice.)
    @Test func thePlexusServerServesEveryOperation() throws {
        let output = try Self.emit(
            path: GeneratedModelSnapshotTests.repository.appendingPathComponent("openapi.yaml").path)
        #expect(output.server.skipped.isEmpty)
        #expect(output.server.files.map(\.path) == ["Server.swift"])
        #expect(output.operations.files.map(\.path) == ["Operations.swift"])
    }

    @Test func parameterStylesSecurityAndResponses() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("server-\(UUID().uuidString).yaml")
        try GeneratedClientSnapshotTests.parameterStylesSpec.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try Self.emit(path: url.path)
        #expect(output.server.skipped.map(\.operation.name) == ["postRawForm"])
        assertSnapshot(of: output.server.files[0].contents, as: .lines, named: "Server")
        assertSnapshot(of: output.operations.files[0].contents, as: .lines, named: "Operations")
    }
}
