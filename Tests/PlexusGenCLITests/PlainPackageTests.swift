import Foundation
import TestSupport
import Testing

/// Generated code compiles without a warning in a package as `swift package init` makes it: Swift 6 language mode,
/// no upcoming features (so imports are public by default), depending on the PlexusRuntime product by path.
@Suite struct PlainPackageTests {
    static func manifest(dependingOn repository: URL) -> String {
        """
        // swift-tools-version: 6.1
        import PackageDescription

        let package = Package(
            name: "BooksConsumer",
            platforms: [.macOS(.v13)],
            dependencies: [
                .package(name: "plexus-gen", path: "\(repository.path)"),
                .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
                .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
            ],
            targets: [
                .target(
                    name: "BooksSDK",
                    dependencies: [
                        .product(name: "PlexusRuntime", package: "plexus-gen"),
                        .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                    ]
                )
            ]
        )

        """
    }

    @Test(.timeLimit(.minutes(20)))
    func aMultiFileSDKCompilesWithoutWarningsInADefaultPackage() async throws {
        let package = try CLI.directory(with: ["Package.swift": Self.manifest(dependingOn: CLI.repository)])
        defer { try? FileManager.default.removeItem(at: package) }
        let sources = package.appendingPathComponent("Sources/BooksSDK")
        let spec = CorpusDocument.directory.appendingPathComponent("edge/openapikit/google-books-3.0.yaml")
        let generate = try CLI.run([
            "generate", spec.path, "--output", sources.path, "--mode", "types", "--mode", "client", "--mode", "server",
            "--no-config", "--ref-root", CorpusDocument.directory.path,
        ])
        #expect(generate.status == 0, "\(generate.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        #expect(
            files == [
                "Client.swift", "Operations.swift", "Server.swift", "Types-1.swift", "Types-2.swift", "Types-3.swift",
            ])

        let build = try await ExternalProcess.runOffThePool(["swift", "build"], in: package)
        #expect(build.status == 0, "\(build.output)")
        let warnings = build.output.split(separator: "\n").filter {
            $0.contains("Sources/BooksSDK/") && $0.contains("warning:")
        }
        #expect(warnings.isEmpty, "\(warnings.joined(separator: "\n"))")
        #expect(build.output.contains("Compiling BooksSDK"), "the SDK was compiled: \(build.output)")
    }
}
