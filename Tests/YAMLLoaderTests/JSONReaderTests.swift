import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import YAMLLoader

private func loadJSON(_ text: String, file: String = "test.json") throws(YAMLError) -> YAMLNode {
    try YAMLLoader().load(string: text, file: file).root
}

private func jsonError(_ text: String, file: String = "test.json") -> YAMLError? {
    do {
        _ = try loadJSON(text, file: file)
        return nil
    } catch {
        return error
    }
}

private func jsonError(bytes: [UInt8]) -> YAMLError? {
    do {
        _ = try YAMLLoader().load(bytes: bytes, file: "test.json")
        return nil
    } catch {
        return error
    }
}

/// The tree libyaml builds for the same bytes.
private func libYAMLTree(_ bytes: [UInt8], file: String) throws(YAMLError) -> YAMLDocument {
    var reader = LibYAMLReader(file: file, limits: .default, bytes: bytes)
    return try reader.run()
}

@Suite("JSON reader")
struct JSONReaderTests {
    @Test("every JSON document of the corpus gives libyaml's tree: same content, styles, lines and columns")
    func corpusTreesMatchLibYAML() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: CorpusDocument.directory.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count > 20)
        var compared = 0
        for path in files {
            let bytes = try Array(Data(contentsOf: CorpusDocument.directory.appendingPathComponent(path)))
            let json = try YAMLLoader().load(bytes: bytes, file: path)
            // libyaml refuses some valid JSON (the reason for this reader); compare wherever it reads the file.
            guard let yaml = try? libYAMLTree(bytes, file: path) else { continue }
            #expect(json.root == yaml.root, "\(path)")
            #expect(json.nodeCount == yaml.nodeCount, "\(path)")
            compared += 1
        }
        #expect(compared > 20)
    }

    @Test("a minified document (one long line) gets the columns libyaml gives")
    func minifiedColumns() throws {
        var text = "{\"openapi\":\"3.0.3\",\"x-é\":["
        for index in 0..<2_000 { text += "{\"n\":\(index),\"ü\":\"ä\\u00e9\"}," }
        text += "true]}"
        let bytes = Array(text.utf8)
        let json = try YAMLLoader().load(bytes: bytes, file: "min.json")
        #expect(json.root == (try libYAMLTree(bytes, file: "min.json")).root)
        let last = try #require(json.root["x-é"]?.sequence?.last)
        #expect(last.mark == YAMLMark(line: 1, column: text.unicodeScalars.count - 5))
    }

    @Test("escapes, a surrogate pair and a key longer than libyaml takes are read")
    func escapesAndLongKeys() throws {
        let longKey = String(repeating: "k", count: 2_000)
        let root = try loadJSON(
            #"{"a": "\ud83d\ude00 \u00e9\"\\\/\b\f\n\r\t", "\#(longKey)": 1, "n": -0.5e+3, "b": [true, false, null]}"#)
        #expect(root["a"]?.scalar == "😀 é\"\\/\u{8}\u{C}\n\r\t")
        #expect(root["a"]?.scalarStyle == .doubleQuoted)
        #expect(root[longKey]?.scalar == "1")
        #expect(root["n"]?.scalar == "-0.5e+3")
        #expect(root["n"]?.scalarStyle == .plain)
        let flags = try #require(root["b"]?.sequence)
        #expect(flags.map(\.scalar) == ["true", "false", "null"])
        #expect(flags[2].isNull)
        #expect(root["a"]?.mark == YAMLMark(line: 1, column: 7))
    }

    @Test(
        "malformed JSON is an error at the line and column of the problem",
        arguments: [
            ("{\"a\": 1,\n}", 1, 8, "a trailing comma before '}' is not allowed in JSON"),
            ("[1, 2,]", 1, 6, "a trailing comma before ']' is not allowed in JSON"),
            ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' after an object member, found '\"'"),
            ("{\"a\" 1}", 1, 6, "expected ':' after an object key, found '1'"),
            ("{a: 1}", 1, 2, "expected an object key (a string in double quotes), found 'a'"),
            ("{\"a\": tru}", 1, 7, "expected a value, found 't'"),
            ("{\"a\": 012}", 1, 8, "a JSON number does not start with 0 followed by digits"),
            ("{\"a\": 1.}", 1, 9, "a number needs a digit after '.', found '}'"),
            (
                "{\"a\": \"x\ny\"}", 1, 9,
                "a line break inside a string must be written '\\n'; is a closing '\"' missing?"
            ),
            (
                "{\"a\": \"\\q\"}", 1, 8,
                "invalid escape '\\q' in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
            ),
            (
                "{\"a\":\n  \"\\ud83d x\"}", 2, 4,
                "'\\uD83D' is the first half of a UTF-16 surrogate pair; the second half ('\\uDC00'…'\\uDFFF') must follow"
            ),
            (
                "{\"a\": \"\\ude00\"}", 1, 8,
                "'\\uDE00' is the second half of a UTF-16 surrogate pair without a first half before it"
            ),
            ("{\"a\": \"open", 1, 7, "unterminated string: the file ends before its closing '\"'"),
            ("{\"a\": [1, 2", 1, 12, "unexpected end of file: ']' never closes"),
            ("{\"a\": 1} x", 1, 10, "unexpected 'x' after the end of the JSON value"),
        ])
    func syntaxErrors(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(jsonError(text))
        #expect(error.kind == .syntax)
        #expect(error.message == message)
        #expect(error.location == SourceLocation(file: "test.json", line: line, column: column))
    }

    @Test("invalid UTF-8 inside a string is an encoding error where it starts")
    func invalidUTF8() throws {
        let error = try #require(jsonError(bytes: Array("{\"a\":\n \"ok ".utf8) + [0xC0, 0xAF] + Array("\"}".utf8)))
        #expect(error.kind == .encoding)
        #expect(error.location == SourceLocation(file: "test.json", line: 2, column: 6))
        let surrogate = try #require(jsonError(bytes: Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8)))
        #expect(surrogate.kind == .encoding)
    }

    @Test("duplicate keys, nesting depth and empty files are refused as in YAML")
    func sharedChecks() throws {
        let duplicate = try #require(jsonError("{\"a\": 1,\n \"a\": 2}"))
        #expect(duplicate.kind == .duplicateKey)
        #expect(duplicate.location == SourceLocation(file: "test.json", line: 2, column: 2))
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(jsonError(deep)?.kind == .depthLimit)
        #expect(jsonError(" \n ")?.kind == .emptyDocument)
        let nested = String(repeating: "{\"a\":", count: 400) + "1" + String(repeating: "}", count: 400)
        #expect(try loadJSON(nested)["a"]?["a"] != nil)
    }

    @Test("a YAML file in flow style that is not JSON is still read as YAML")
    func yamlFlowStyle() throws {
        let root = try loadJSON("{openapi: 3.1.0, info: {title: t, version: '1'}}", file: "flow.yaml")
        #expect(root["info"]?["title"]?.scalar == "t")
        #expect(jsonError("{openapi: 3.1.0}", file: "flow.json")?.kind == .syntax)
    }
}
