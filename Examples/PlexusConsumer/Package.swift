// swift-tools-version: 6.1
import PackageDescription

// A downstream package: the Plexus SDK is generated at build time from Sources/PlexusSDK/openapi.yaml by
// plexus-gen's build-tool plugin; no generated code is committed here.
let package = Package(
    name: "PlexusConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        // In your package: .package(url: "<plexus-gen's repository URL>", from: "<version>")
        .package(name: "plexus-gen", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "PlexusSDK",
            dependencies: [
                .product(name: "PlexusRuntime", package: "plexus-gen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            plugins: [.plugin(name: "PlexusGenPlugin", package: "plexus-gen")]
        ),
        .testTarget(
            name: "PlexusSDKTests",
            dependencies: [
                "PlexusSDK",
                .product(name: "PlexusRuntime", package: "plexus-gen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
