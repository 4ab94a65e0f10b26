import Foundation
import PlexusRuntime
import Testing

/// Form and multipart bodies read back exactly what was written, including bytes that look like delimiters.
@Suite struct FormBodyTests {
    @Test func urlEncodedFieldsRoundTrip() throws {
        let fields = [
            FormField(name: "q", text: "a&b=c d+e/ü"), FormField(name: "tag", text: "x"),
            FormField(name: "tag", text: "y"),
        ]
        let text = FormBody.urlEncoded(fields)
        #expect(text == "q=a%26b%3Dc%20d%2Be%2F%C3%BC&tag=x&tag=y")
        #expect(try FormBody.urlDecoded(Array(text.utf8)) == fields)
        #expect(try FormBody.urlDecoded(Array("q=a+b".utf8)) == [FormField(name: "q", text: "a b")], "+ is a space")
    }

    @Test func multipartPartsRoundTripWithDelimiterLikeBytes() throws {
        let file: [UInt8] = Array("\r\n--plexus-x\r\n\r\n".utf8) + [0, 255, 13, 10]
        let fields = [
            FormField(name: "title", text: "line 1\r\nline 2"),
            FormField(name: "file", bytes: file, isBinary: true),
        ]
        let (body, contentType) = FormBody.multipart(fields, contentTypes: ["file": "image/png"], boundary: "plexus-B")
        let parsed = try FormBody.multipartFields(body, contentType: contentType)
        #expect(parsed.map(\.name) == ["title", "file"])
        #expect(parsed[0].text == "line 1\r\nline 2")
        #expect(parsed[1].bytes == file)
        #expect(parsed[1].contentType == "image/png")
        #expect(parsed[1].fileName == "file")
        #expect(parsed[1].isBinary)
    }

    @Test func modelsBecomeOneFieldPerPropertyAndArraysRepeat() throws {
        struct Upload: Codable {
            var title: String
            var pages: Int?
            var tags: [String]
            var file: Data
            var meta: [String: String]
        }
        let fields = try FormFieldEncoding.fields(
            of: Upload(title: "t", pages: nil, tags: ["a", "b"], file: Data([1]), meta: ["k": "v"]))
        #expect(
            fields == [
                FormField(name: "title", text: "t"), FormField(name: "tags", text: "a"),
                FormField(name: "tags", text: "b"),
                FormField(name: "file", bytes: [1], isBinary: true),
                FormField(name: "meta", bytes: Array(#"{"k":"v"}"#.utf8), contentType: "application/json"),
            ])
    }

    @Test func brokenMultipartBodiesAreNamed() {
        #expect(throws: FormBody.Malformed(description: "multipart body is not closed with --B--")) {
            try FormBody.multipartFields(
                Array("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--B\r\n".utf8),
                contentType: "multipart/form-data; boundary=B")
        }
        #expect(throws: FormBody.Malformed(description: "multipart part without a name")) {
            try FormBody.multipartFields(
                Array("--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--\r\n".utf8),
                contentType: "multipart/form-data; boundary=\"B\"")
        }
    }
}
