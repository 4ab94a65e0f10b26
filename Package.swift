// swift-tools-version: 6.1
import PackageDescription

let upcomingFeatures: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Test targets that compile a generated SDK and run its client against its server over real HTTP.
let generatedSDKTestDependencies: [Target.Dependency] = [
    "PlexusRuntime",
    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
    .product(name: "HTTPTypes", package: "swift-http-types"),
    .product(name: "Hummingbird", package: "hummingbird"),
    .product(name: "HummingbirdTesting", package: "hummingbird"),
    .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
    .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
]
/// Generated code must compile without a single warning.
let generatedSDKTestSettings = upcomingFeatures + [SwiftSetting.unsafeFlags(["-warnings-as-errors"])]

let package = Package(
    name: "plexus-gen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plexus-gen", targets: ["plexus-gen"]),
        .executable(name: "plexus-bench", targets: ["plexus-bench"]),
        .executable(name: "plexus-sandbox", targets: ["plexus-sandbox"]),
        .executable(name: "plexus-tour", targets: ["PlexusTour"]),
        .library(name: "OpenAPIModel", targets: ["OpenAPIModel"]),
        .library(name: "Resolver", targets: ["Resolver"]),
        .library(name: "PlexusRuntime", targets: ["PlexusRuntime"]),
        .plugin(name: "PlexusGenPlugin", targets: ["PlexusGenPlugin"]),
        .plugin(name: "PlexusGenCommand", targets: ["PlexusGenCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Test and benchmark only: the end-to-end tests and plexus-stream-bench run generated clients over real HTTP
        // against Hummingbird servers.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        // plexus-load sizes AsyncHTTPClient's connection pool for 256 concurrent callers.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // Stage 0: Debian's libyaml, found through pkg-config.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),

        // Shared by every stage: source locations and compiler-style diagnostics.
        .target(name: "Diagnostics", swiftSettings: upcomingFeatures),

        // Stage 1: bytes -> YAML node tree with line:column on every node.
        .target(name: "YAMLLoader", dependencies: ["CLibYAML", "Diagnostics"], swiftSettings: upcomingFeatures),

        // Stage 2: YAML node tree -> OpenAPI document model as written.
        .target(name: "OpenAPIModel", dependencies: ["YAMLLoader", "Diagnostics"], swiftSettings: upcomingFeatures),

        // Stage 3: references followed (local and external files), schemas turned into a named-type IR.
        .target(
            name: "Resolver", dependencies: ["OpenAPIModel", "YAMLLoader", "Diagnostics"],
            swiftSettings: upcomingFeatures
        ),

        // Stage 3b: rules over the document and its IR, for `plexus-gen lint`.
        .target(
            name: "Linter", dependencies: ["Resolver", "OpenAPIModel", "YAMLLoader", "Diagnostics"],
            swiftSettings: upcomingFeatures
        ),

        // The .mustache templates, shipped as resources; users override them file by file with --templates.
        .target(name: "Templates", path: "Templates", resources: [.copy("mustache")], swiftSettings: upcomingFeatures),

        // Stage 4: the IR rendered as Swift source through the templates.
        .target(
            name: "SwiftEmitter",
            dependencies: [
                "Resolver", "OpenAPIModel", "YAMLLoader", "Diagnostics", "Templates",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: upcomingFeatures
        ),

        // What every generated SDK needs at run time: dates, nullable values, any-JSON, union errors.
        .target(
            name: "SpecDiff",
            dependencies: ["SwiftEmitter", "Resolver", "OpenAPIModel", "YAMLLoader", "Diagnostics"],
            swiftSettings: upcomingFeatures
        ),

        .target(
            name: "PlexusRuntime",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: upcomingFeatures
        ),

        // The Plexus SDK as `plexus-gen generate` writes it from openapi.yaml (kept current by a test): models,
        // client and server stubs, compiled with warnings as errors.
        .target(
            name: "PlexusAPI",
            dependencies: [
                "PlexusRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: generatedSDKTestSettings
        ),

        // The Plexus sandbox: an in-memory demo bank on the generated server stubs, served by Hummingbird.
        .target(
            name: "PlexusSandbox",
            dependencies: [
                "PlexusAPI", "PlexusRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(
            name: "plexus-sandbox",
            dependencies: [
                "PlexusSandbox", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: upcomingFeatures
        ),
        // The generated stubs under load against a hand-written route doing the same work, and awkward callers.
        .executableTarget(
            name: "plexus-load",
            dependencies: [
                "PlexusSandbox", "PlexusAPI", "PlexusRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ],
            swiftSettings: upcomingFeatures
        ),
        // The walk-through: the generated client against the sandbox, step by step (README, SandboxTests).
        .executableTarget(
            name: "PlexusTour",
            dependencies: [
                "PlexusAPI", "PlexusRuntime", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
            ],
            path: "Examples/PlexusTour", swiftSettings: upcomingFeatures
        ),

        // SwiftPM plugins: the SDK generated at build time, or written into the target on request.
        .plugin(name: "PlexusGenPlugin", capability: .buildTool(), dependencies: ["plexus-gen"]),
        .plugin(
            name: "PlexusGenCommand",
            capability: .command(
                intent: .custom(
                    verb: "plexus-gen-generate",
                    description: "Write the Swift SDK of each target's openapi.yaml into the target's Generated/ folder"
                ),
                permissions: [
                    .writeToPackageDirectory(
                        reason: "plexus-gen writes the generated SDK into the target's Generated/ folder")
                ]
            ),
            dependencies: ["plexus-gen"]
        ),

        .executableTarget(
            name: "plexus-gen",
            dependencies: [
                "OpenAPIModel", "Diagnostics", "YAMLLoader", "Resolver", "SwiftEmitter", "Linter", "SpecDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(
            name: "plexus-bench",
            dependencies: [
                "OpenAPIModel", "Resolver", "SwiftEmitter", "Linter", "SpecDiff", "YAMLLoader", "Diagnostics",
                "CLibYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcomingFeatures
        ),

        // Streamed bodies of a generated SDK (the streaming fixture's) over loopback HTTP: throughput and peak memory.
        .executableTarget(
            name: "plexus-stream-bench",
            dependencies: [
                "PlexusRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
            ],
            swiftSettings: upcomingFeatures
        ),

        // The fuzzing harness: coverage-guided with libFuzzer when scripts/fuzz.sh builds it, a replayer otherwise.
        .executableTarget(
            name: "plexus-fuzz",
            dependencies: ["YAMLLoader", "OpenAPIModel", "Resolver", "Linter", "SwiftEmitter", "Diagnostics"],
            swiftSettings: upcomingFeatures
        ),

        // Test-only: the corpus in Tests/Corpus for the corpus tests of several stages, and the reference tools
        // (validators) some tests check output with.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: upcomingFeatures),
        .testTarget(
            name: "YAMLLoaderTests", dependencies: ["YAMLLoader", "Diagnostics", "TestSupport"],
            swiftSettings: upcomingFeatures),
        .testTarget(
            name: "OpenAPIModelTests",
            dependencies: ["OpenAPIModel", "YAMLLoader", "Diagnostics", "TestSupport"],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "ResolverTests",
            dependencies: ["Resolver", "OpenAPIModel", "YAMLLoader", "Diagnostics", "TestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "SwiftEmitterTests",
            dependencies: [
                "SwiftEmitter", "Templates", "Resolver", "Diagnostics", "TestSupport",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "SpecDiffTests",
            dependencies: ["SpecDiff", "SwiftEmitter", "Resolver", "Diagnostics", "PlexusRuntime", "TestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "Snapshots",
            dependencies: [
                "SwiftEmitter", "Resolver", "Linter", "YAMLLoader",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            path: "Tests/Snapshots", exclude: ["__Snapshots__"], swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "PlexusSpecTests", dependencies: ["TestSupport"], exclude: ["Fixtures"],
            swiftSettings: upcomingFeatures
        ),
        // The Plexus SDK (PlexusAPI) exercised: models, client against server over HTTP.
        .testTarget(
            name: "PlexusModelTests",
            dependencies: generatedSDKTestDependencies + ["PlexusAPI"], exclude: ["Fixtures"],
            swiftSettings: generatedSDKTestSettings
        ),
        // The sandbox in process: the flows, the tour, schemathesis against it, slow and vanishing clients.
        .testTarget(
            name: "SandboxTests",
            dependencies: generatedSDKTestDependencies + ["PlexusAPI", "PlexusSandbox", "PlexusTour", "TestSupport"],
            swiftSettings: upcomingFeatures
        ),
        // A small SDK with form and multipart bodies (Fixtures/forms.yaml), kept current the same way.
        .testTarget(
            name: "FormBodyEndToEndTests",
            dependencies: generatedSDKTestDependencies, exclude: ["Fixtures"],
            swiftSettings: generatedSDKTestSettings
        ),
        // The combinatorial fixture (Fixtures/shapes.json, from scripts/make-shapes-fixture.py): every property
        // shape with Swift-hazardous names, compiled with warnings as errors and kept current the same way.
        .testTarget(
            name: "ShapesEndToEndTests",
            dependencies: generatedSDKTestDependencies, exclude: ["Fixtures"],
            swiftSettings: generatedSDKTestSettings
        ),
        // Streamed bodies (event streams, JSON Lines, JSON Sequences, bytes), webhooks and callbacks
        // (Fixtures/streams.yaml), kept current the same way.
        .testTarget(
            name: "StreamingEndToEndTests",
            dependencies: generatedSDKTestDependencies, exclude: ["Fixtures"],
            swiftSettings: generatedSDKTestSettings
        ),
        // Builds a copy of Examples/PlexusConsumer with the plugins, as a downstream package would.
        .testTarget(name: "PluginTests", dependencies: ["TestSupport"], swiftSettings: upcomingFeatures),
        .testTarget(
            name: "LinterTests", dependencies: ["Linter", "Diagnostics", "Resolver", "YAMLLoader", "TestSupport"],
            exclude: ["Fixtures"], swiftSettings: upcomingFeatures),
        .testTarget(
            name: "PlexusRuntimeTests",
            dependencies: [
                "PlexusRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "PlexusGenCLITests",
            dependencies: [
                "plexus-gen", "plexus-bench", "plexus-stream-bench", "plexus-fuzz", "SwiftEmitter", "TestSupport",
            ],
            swiftSettings: upcomingFeatures
        ),
    ],
    swiftLanguageModes: [.v6]
)
