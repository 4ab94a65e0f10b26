import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIAsyncHTTPClient
import OpenAPIHummingbird
import OpenAPIRuntime
import PlexusRuntime
import Testing

/// Form-urlencoded and multipart request bodies, from the generated client to the generated server over real HTTP
/// on 127.0.0.1 (AsyncHTTPClient and Hummingbird). The SDK is generated from `Fixtures/forms.yaml`.
@Suite struct FormBodyEndToEndTests {
    /// Echoes what arrived, typed, so the test sees exactly what the server read.
    struct EchoServer: APIProtocol {
        func createToken(_ input: Operations.CreateToken.Input) async throws -> Operations.CreateToken.Output {
            let form = input.body
            return .ok(
                Echo(
                    summary: [
                        form.grantType.rawValue, form.username, (form.scopes ?? []).joined(separator: "+"),
                        form.remember.map { "\($0)" } ?? "-", form.validUntil?.description ?? "-",
                    ].joined(separator: "|")))
        }

        func uploadDocument(_ input: Operations.UploadDocument.Input) async throws -> Operations.UploadDocument.Output {
            let upload = input.body
            return .created(
                Echo(
                    summary: [
                        upload.title, upload.pages.map(String.init) ?? "-", (upload.tags ?? []).joined(separator: "+"),
                        "\(upload.file.count) bytes "
                            + upload.file.prefix(4).map { String(format: "%02x", $0) }.joined(),
                        upload.meta?.author ?? "-",
                    ].joined(separator: "|")))
        }
    }

    func withServer(_ body: @Sendable (URL) async throws -> Void) async throws {
        let router = Router()
        try EchoServer().registerHandlers(on: router)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { testClient in
            let port = try #require(testClient.port)
            try await body(try #require(URL(string: "http://127.0.0.1:\(port)")))
        }
    }

    static func raw(_ url: URL, _ path: String, contentType: String, body: [UInt8]) async throws -> (Int, String) {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        let request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: path, headerFields: fields)
        let (response, responseBody) = try await AsyncHTTPClientTransport().send(
            request, body: HTTPBody(body), baseURL: url, operationID: "raw")
        guard let responseBody else { return (response.status.code, "") }
        return (response.status.code, try await String(collecting: responseBody, upTo: 1 << 16))
    }

    @Test func formFieldsArriveTyped() async throws {
        try await withServer { url in
            let client = Client(serverURL: url, transport: AsyncHTTPClientTransport())
            let echo = try await client.createToken(
                body: TokenForm(
                    grantType: .password, username: "jane doe & co", scopes: ["read", "write=all"], remember: true,
                    validUntil: OpenAPIDate(year: 2026, month: 12, day: 31)))
            #expect(echo.summary == "password|jane doe & co|read+write=all|true|2026-12-31")
        }
    }

    @Test func multipartPartsArriveTypedWithTheFileBytes() async throws {
        try await withServer { url in
            let client = Client(serverURL: url, transport: AsyncHTTPClientTransport())
            let pdf = Data([0x25, 0x50, 0x44, 0x46, 0x0D, 0x0A, 0x2D, 0x2D, 0x00, 0xFF])
            let echo = try await client.uploadDocument(
                body: DocumentUpload(
                    title: "Q3 \"report\"", pages: 12, tags: ["finance", "2026"], file: pdf,
                    meta: DocumentUploadMeta(author: "Jane")))
            #expect(echo.summary == "Q3 \"report\"|12|finance+2026|10 bytes 25504446|Jane")
        }
    }

    @Test func aPartIsSentWithTheDocumentsContentType() throws {
        let upload = DocumentUpload(title: "t", file: Data([1, 2]))
        let (body, contentType) = FormBody.multipart(
            try FormFieldEncoding.fields(of: upload), contentTypes: ["file": "application/pdf"], boundary: "B")
        #expect(contentType == "multipart/form-data; boundary=B")
        #expect(
            String(decoding: body, as: UTF8.self) == """
                --B\r
                Content-Disposition: form-data; name="title"\r
                \r
                t\r
                --B\r
                Content-Disposition: form-data; name="file"; filename="file"\r
                Content-Type: application/pdf\r
                \r
                \u{01}\u{02}\r
                --B--\r

                """)
    }

    @Test(arguments: [
        (
            "/token", "application/x-www-form-urlencoded", "grant_type=magic&username=jane",
            "createToken: request body is not a valid TokenForm: at 'grant_type': 'magic' is not one of the values TokenFormGrantType allows"
        ),
        (
            "/token", "application/x-www-form-urlencoded", "grant_type=password",
            "createToken: request body is not a valid TokenForm: required member 'username' is missing"
        ),
        (
            "/documents", "multipart/form-data; boundary=B",
            "--B\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--B--\r\n",
            "uploadDocument: request body is not a valid DocumentUpload: required member 'file' is missing"
        ),
        (
            "/documents", "multipart/form-data; boundary=B", "--B\r\nno blank line\r\n--B--\r\n",
            "uploadDocument: multipart part has no blank line after its headers"
        ),
        ("/documents", "multipart/form-data", "--B--\r\n", "uploadDocument: multipart content type has no boundary"),
    ])
    func malformedFormsAreAnswered400(path: String, contentType: String, body: String, message: String) async throws {
        try await withServer { url in
            let (status, text) = try await Self.raw(url, path, contentType: contentType, body: Array(body.utf8))
            #expect(status == 400)
            #expect(text == message + "\n")
        }
    }
}
