public import Foundation

/// `application/x-www-form-urlencoded` and `multipart/form-data` bodies, both ways.
public enum FormBody {
    /// A problem in a form body a client sent.
    public struct Malformed: Error, CustomStringConvertible, Sendable, Hashable {
        /// What is wrong with the body.
        public var description: String

        /// Creates the error.
        public init(description: String) {
            self.description = description
        }
    }

    // MARK: URL-encoded

    /// `name=value&...`, percent-encoded as a query string is; binary fields are sent as base64 text.
    public static func urlEncoded(_ fields: [FormField]) -> String {
        fields.map { field in
            let text = field.isBinary ? Data(field.bytes).base64EncodedString() : field.text
            return ParameterEncoding.queryComponent(field.name, allowReserved: false) + "="
                + ParameterEncoding.queryComponent(text, allowReserved: false)
        }.joined(separator: "&")
    }

    /// The fields of a URL-encoded body (`+` is a space).
    public static func urlDecoded(_ bytes: [UInt8]) throws(Malformed) -> [FormField] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Malformed(description: "form body is not valid UTF-8")
        }
        return try text.split(separator: "&").map { pair throws(Malformed) in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) throws(Malformed) -> String {
                guard let value = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                    throw Malformed(description: "form field '\(text)' is not valid percent-encoded UTF-8")
                }
                return value
            }
            return FormField(name: try decode(parts[0]), text: parts.count > 1 ? try decode(parts[1]) : "")
        }
    }

    // MARK: Multipart

    /// A `multipart/form-data` body and its content type. Text fields are parts without a content type; binary
    /// fields are `application/octet-stream` unless `contentTypes` (from the document's `encoding`) names another.
    public static func multipart(
        _ fields: [FormField], contentTypes: [String: String] = [:], boundary: String = "plexus-" + UUID().uuidString
    ) -> (body: [UInt8], contentType: String) {
        var body: [UInt8] = []
        for field in fields {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(quoted(field.name))\""
            if field.isBinary { head += "; filename=\"\(quoted(field.fileName ?? field.name))\"" }
            head += "\r\n"
            if let type = contentTypes[field.name] ?? field.contentType
                ?? (field.isBinary ? "application/octet-stream" : nil)
            {
                head += "Content-Type: \(type)\r\n"
            }
            body += Array((head + "\r\n").utf8)
            body += field.bytes
            body += Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    /// The parts of a `multipart/form-data` body, given the request's `Content-Type`.
    public static func multipartFields(_ bytes: [UInt8], contentType: String) throws(Malformed) -> [FormField] {
        guard let boundary = parameter("boundary", in: contentType), !boundary.isEmpty else {
            throw Malformed(description: "multipart content type has no boundary")
        }
        let delimiter = Array("--\(boundary)".utf8)
        var fields: [FormField] = []
        var positions = occurrences(of: delimiter, in: bytes)
        guard positions.count >= 2 else { throw Malformed(description: "multipart body has no parts") }
        let closing = positions.removeLast()
        guard bytes[(closing + delimiter.count)...].starts(with: Array("--".utf8)) else {
            throw Malformed(description: "multipart body is not closed with --\(boundary)--")
        }
        for (index, start) in positions.enumerated() {
            let end = index + 1 < positions.count ? positions[index + 1] : closing
            var part = bytes[(start + delimiter.count)..<end]
            guard part.starts(with: [13, 10]) else {
                throw Malformed(description: "multipart delimiter not followed by CRLF")
            }
            part = part.dropFirst(2)
            if part.suffix(2).elementsEqual([13, 10]) { part = part.dropLast(2) }
            guard let blank = occurrences(of: [13, 10, 13, 10], in: part).first else {
                throw Malformed(description: "multipart part has no blank line after its headers")
            }
            let headerText = String(decoding: part.prefix(blank), as: UTF8.self)
            var name: String?
            var fileName: String?
            var type: String?
            for line in headerText.split(separator: "\r\n") {
                let pair = line.split(separator: ":", maxSplits: 1)
                guard pair.count == 2 else { continue }
                let value = pair[1].trimmingCharacters(in: .whitespaces)
                switch pair[0].lowercased() {
                case "content-disposition":
                    name = parameter("name", in: value)
                    fileName = parameter("filename", in: value)
                case "content-type": type = value
                default: break
                }
            }
            guard let name else { throw Malformed(description: "multipart part without a name") }
            let content = Array(part.dropFirst(blank + 4))
            let isBinary = fileName != nil || (type.map { !$0.hasPrefix("text/") && !$0.contains("json") } ?? false)
            fields.append(
                FormField(name: name, bytes: content, contentType: type, fileName: fileName, isBinary: isBinary))
        }
        return fields
    }

    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "%22")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// `name=value` or `name="value"` in a header value such as `form-data; name="file"`.
    static func parameter(_ name: String, in header: String) -> String? {
        for item in header.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
                    .replacingOccurrences(of: "%22", with: "\"")
            }
            return value
        }
        return nil
    }

    private static func occurrences(of needle: [UInt8], in haystack: some Collection<UInt8>) -> [Int] {
        let bytes = Array(haystack)
        guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }
}
