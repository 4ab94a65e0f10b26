import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusRuntime
import Testing

/// The combinatorial fixture (`Fixtures/shapes.json`, written by `scripts/make-shapes-fixture.py`): every property
/// shape crossed with required, optional and nullable, recursive types, Swift-hazardous property and type names,
/// and union-typed parameters. Its SDK (`Generated/`) compiles with warnings as errors (this target's settings);
/// here each shape makes a round trip from the generated client to the generated server over real HTTP on
/// 127.0.0.1 (AsyncHTTPClient and Hummingbird) and back, and must come back as it was sent, JSON included.
@Suite struct ShapesEndToEndTests {
    /// Sends back what arrived; `filter` spells out the typed parameters it read.
    struct EchoServer: APIServerProtocol {
        func echoShapes(_ input: APIOperations.EchoShapes.OperationInput) async throws
            -> APIOperations.EchoShapes.OperationOutput
        { .ok(input.body) }

        func echoTree(_ input: APIOperations.EchoTree.OperationInput) async throws
            -> APIOperations.EchoTree.OperationOutput
        { .ok(input.body) }

        func echoNames(_ input: APIOperations.EchoNames.OperationInput) async throws
            -> APIOperations.EchoNames.OperationOutput
        { .ok(input.body) }

        func echoModels(_ input: APIOperations.EchoModels.OperationInput) async throws
            -> APIOperations.EchoModels.OperationOutput
        { .ok(input.body) }

        func filter(_ input: APIOperations.Filter.OperationInput) async throws -> APIOperations.Filter.OperationOutput {
            func created(_ value: Created?) -> String {
                switch value {
                case .range(let range)?:
                    "range("
                        + [range.gt, range.gte, range.lt, range.lte].map { $0.map(String.init) ?? "-" }.joined(
                            separator: ",") + ")"
                case .int(let number)?: "int(\(number))"
                case nil: "-"
                }
            }
            let id =
                switch input.id {
                case .int(let number): "int(\(number))"
                case .string(let text): "string(\(text))"
                }
            let expand =
                switch input.expand {
                case .string(let text)?: "string(\(text))"
                case .stringArray(let items)?: "list(\(items.joined(separator: "+")))"
                case nil: "-"
                }
            let tags =
                switch input.tags {
                case .int(let number)?: "int(\(number))"
                case .stringArray(let items)?: "list(\(items.joined(separator: "+")))"
                case nil: "-"
                }
            let reference =
                switch input.xRef {
                case .int(let number)?: "int(\(number))"
                case .bool(let flag)?: "bool(\(flag))"
                case nil: "-"
                }
            return .ok(
                FilterEcho(
                    seen: [id, created(input.created), expand, created(input.range), tags, reference]
                        .joined(separator: " ")))
        }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The samples the fixture script wrote, by name, as JSON text.
    static func sample(_ name: String) throws -> Data {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("samples.json"))
        guard case .object(let samples) = try JSONDecoder().decode(JSONValue.self, from: data),
            let sample = samples[name]
        else { throw SampleMissing(name: name) }
        return try JSONEncoder().encode(sample)
    }

    struct SampleMissing: Error {
        var name: String
    }

    func withClient(_ body: @Sendable (APIClient) async throws -> Void) async throws {
        try await withServerURL { url in
            try await body(APIClient(serverURL: url, transport: AsyncHTTPClientTransport()))
        }
    }

    /// The echo server's stubs on a free port of 127.0.0.1.
    func withServerURL(_ body: @Sendable (URL) async throws -> Void) async throws {
        let router = Router()
        try EchoServer().registerHandlers(on: router)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { testClient in
            let port = try #require(testClient.port)
            try await body(try #require(URL(string: "http://127.0.0.1:\(port)")))
        }
    }

    /// `value` decoded from the sample, sent and echoed: the echo equals it, and encodes to the sample's JSON
    /// (absent stays absent, `null` stays `null`).
    func roundTrip<Value: Codable & Equatable & Sendable>(
        _ name: String, as type: Value.Type, through send: @Sendable (Value) async throws -> Value
    ) async throws {
        let sample = try Self.sample(name)
        let value = try JSONDecoder().decode(Value.self, from: sample)
        let echoed = try await send(value)
        #expect(echoed == value, "\(name)")
        let reencoded = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(echoed))
        let original = try JSONDecoder().decode(JSONValue.self, from: sample)
        var differences: [String] = []
        if case .object(let got) = reencoded, case .object(let sent) = original {
            for key in Set(got.keys).union(sent.keys).sorted() where got[key] != sent[key] {
                differences.append(
                    "\(key): sent \(sent[key].map { "\($0)" } ?? "nothing"), got \(got[key].map { "\($0)" } ?? "nothing")"
                )
            }
        }
        #expect(differences.isEmpty, "\(name): \(differences.joined(separator: "; "))")
        #expect(reencoded == original, "\(name)")
    }

    @Test func everyShapeMakesTheRoundTrip() async throws {
        try await withClient { client in
            try await roundTrip("shapesFull", as: Shapes.self) { try await client.echoShapes(body: $0) }
            try await roundTrip("shapesMinimal", as: Shapes.self) { try await client.echoShapes(body: $0) }
        }
    }

    /// Members with validation keywords, in every shape: the client sends what it is given, the server's strict
    /// decoder refuses a value outside the keywords with 400 naming the member, before the handler runs.
    @Test(arguments: [
        ("bounded", JSONValue.number(11), "must be at most 10"),
        ("code", .string("ABC"), "must match the pattern ^[a-z]+$"),
        ("codes", .array([]), "must have at least 1 item, found 0"),
    ])
    func valuesOutsideTheirConstraintsAreRefusedByTheServer(kind: String, value: JSONValue, reason: String)
        async throws
    {
        guard case .object(let full) = try JSONDecoder().decode(JSONValue.self, from: try Self.sample("shapesFull"))
        else { throw SampleMissing(name: "shapesFull") }
        try await withServerURL { url in
            for name in ["ReqPlain", "ReqNull", "OptPlain", "OptNull"].map({ kind + $0 }) {
                var sample = full
                sample[name] = value
                var fields = HTTPFields()
                fields[.contentType] = "application/json"
                let (response, body) = try await AsyncHTTPClientTransport().send(
                    HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/shapes", headerFields: fields),
                    body: HTTPBody(try JSONEncoder().encode(JSONValue.object(sample))), baseURL: url,
                    operationID: "raw")
                var text = ""
                if let body { text = try await String(collecting: body, upTo: 1 << 16) }
                #expect(response.status.code == 400, "\(name)")
                #expect(text.contains("at '\(name)': \(reason)"), "\(name): \(text)")
            }
        }
    }

    @Test func recursiveShapesMakeTheRoundTrip() async throws {
        try await withClient { client in
            try await roundTrip("treeFull", as: Tree.self) { try await client.echoTree(body: $0) }
            try await roundTrip("treeLeaf", as: Tree.self) { try await client.echoTree(body: $0) }
        }
    }

    @Test func hazardousNamesMakeTheRoundTrip() async throws {
        try await withClient { client in
            try await roundTrip("names", as: Names.self) { try await client.echoNames(body: $0) }
            try await roundTrip("models", as: Models.self) { try await client.echoModels(body: $0) }
        }
    }

    @Test func aPropertyCalledSelfIsSetByTheInitializer() throws {
        let names = Names(self: "me", init: "start")
        #expect(names.`self` == "me")
        #expect(names.`init` == "start")
    }

    @Test(
        "union-typed parameters travel in the form of the variant chosen and arrive as that variant",
        arguments: [
            (
                FilterID.int(42), Created.range(Range(gte: 5, lt: 9)), FilterExpand.stringArray(["a", "b"]),
                Created.int(3), FilterTags.stringArray(["x", "y z"]), FilterXRef.int(7),
                "int(42) range(-,5,9,-) list(a+b) int(3) list(x+y z) int(7)"
            ),
            (
                FilterID.string("octo/cat"), Created.int(1_700_000_000), FilterExpand.string("customer"),
                Created.range(Range(gt: 1)), FilterTags.int(12), FilterXRef.bool(true),
                "string(octo/cat) int(1700000000) string(customer) range(1,-,-,-) int(12) bool(true)"
            ),
        ])
    func unionParameters(
        id: FilterID, created: Created, expand: FilterExpand, range: Created, tags: FilterTags, reference: FilterXRef,
        seen: String
    ) async throws {
        try await withClient { client in
            let echo = try await client.filter(
                id: id, created: created, expand: expand, range: range, tags: tags, xRef: reference)
            #expect(echo.seen == seen)
        }
    }

    @Test func absentUnionParametersStayAbsent() async throws {
        try await withClient { client in
            let echo = try await client.filter(id: .int(1))
            #expect(echo.seen == "int(1) - - - - -")
        }
    }
}
