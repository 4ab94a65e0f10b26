import Foundation
import SwiftEmitter
import TestSupport
import Testing

/// Text from a hostile document never becomes code: every field that reaches generated Swift gets arbitrary Unicode
/// (line breaks of every kind, controls, DEL, bidirectional overrides, combining marks, comment and string
/// delimiters, an `#error` that would stop the build if it ever escaped a comment or literal), and the generated
/// SDK must type-check; string literals must evaluate to exactly the text they were made from.
@Suite struct HostileTextTests {
    /// Pieces hostile strings are made of.
    static let pieces: [String] = [
        "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{7F}", "\u{00}", "\u{01}",
        "\u{1B}[31m",
        "\u{9B}", "*/", "/*", "//", "///", "`", "``", "\"", "\"\"\"", "\\", "\\(", "\\u{41}", "#", "#\"", "'", "$", "{",
        "}",
        "\u{301}", "\u{20DD}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{E000}", "\u{10FFFD}",
        "é", "ß", "İ", "日本", "😀", "👩‍👩‍👧", "a", "Z", "9", " ", "\t", "-", "_", ".", "self", "Type", "init", "default",
        "\n#error(\"INJECTED\")\n", "\n    static let pwned: Void = print(\"injected\")\n    ///",
    ]

    /// A deterministic generator, so a failure can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func hostileStrings(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    /// Runs `swiftc` with `arguments` in a new directory holding `files`.
    static func swiftc(_ arguments: [String], files: [String: String]) throws -> (ExternalProcess, URL) {
        let directory = try CLI.directory(with: files)
        return (try ExternalProcess.run(["swiftc"] + arguments, in: directory), directory)
    }

    @Test func stringLiteralsEvaluateToTheirText() throws {
        let strings = Self.pieces.map { [$0] }.flatMap { $0 } + Self.hostileStrings(count: 300, seed: 1) + [""]
        let program =
            "let values: [String] = [\n"
            + strings.map { "    " + SwiftSource.stringLiteral($0) + "," }.joined(separator: "\n")
            + "\n]\nfor value in values { print(value.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: \" \")) }\n"
        let (build, directory) = try Self.swiftc(["main.swift", "-o", "literals"], files: ["main.swift": program])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(build.status == 0, "\(build.output)")
        let run = try ExternalProcess.run(["./literals"], in: directory)
        let expected = strings.map { $0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
        #expect(
            run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == expected)
    }

    @Test func commentTextStaysOnOneLine() {
        for text in Self.pieces + Self.hostileStrings(count: 300, seed: 2) {
            let line = SwiftSource.commentText(text)
            let breaksLine = line.contains { $0.isNewline }
            #expect(!breaksLine, "\(line.debugDescription)")
            #expect(
                !line.unicodeScalars.contains {
                    $0.properties.generalCategory == .format || $0.value < 0x20 || $0.value == 0x7F
                })
        }
    }

    /// A JSON string with every scalar outside printable ASCII escaped, as libyaml reads JSON (astral characters
    /// stay UTF-8: libyaml does not join escaped surrogate pairs).
    static func json(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case " "..."~": result.unicodeScalars.append(scalar)
            default:
                if scalar.value > 0xFFFF {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += String(format: "\\u%04x", scalar.value)
                }
            }
        }
        return result + "\""
    }

    /// `name` as a JSON pointer token in a URI fragment: `~` and `/` escaped, then every byte that is not unreserved
    /// percent-encoded.
    static func reference(_ name: String) -> String {
        let token = name.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        return token.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                String(UnicodeScalar(byte))
            default: String(format: "%%%02X", byte)
            }
        }.joined()
    }

    /// An OpenAPI document whose every text field that can reach the generated code is hostile.
    static func hostileDocument(seed: UInt64) -> String {
        var strings = hostileStrings(count: 64, seed: seed).makeIterator()
        var unique = 0
        /// Hostile text that differs from every other (keys, enum values and names must be unique).
        func next() -> String {
            unique += 1
            return json((strings.next() ?? "") + "\n#error(\"INJECTED\")\n\(unique)" + (strings.next() ?? ""))
        }
        var names = 0
        var lastName = ""
        func name() -> String {
            names += 1
            lastName = "n\(names)" + (strings.next() ?? "") + "\n#error(\"INJECTED\")"
            return json(lastName)
        }
        let schema = name()
        let schemaName = lastName
        let property = name()
        let parameter = name()
        return """
            {
              "openapi": "3.0.3",
              "info": {"title": \(next()), "version": \(next()), "description": \(next())},
              "servers": [{"url": "https://api.example.test/\(UUID().uuidString)", "description": \(next())}],
              "tags": [{"name": \(next()), "description": \(next())}],
              "paths": {
                \(json("/pets" + "\n    static let pwned: Void = print(\"injected code\")\n    ///" + "\u{2028}\u{202E}")): {
                  "summary": \(next()),
                  "get": {
                    "operationId": \(next()),
                    "summary": \(next()),
                    "description": \(next()),
                    "tags": [\(next())],
                    "parameters": [
                      {"name": \(parameter), "in": "query", "description": \(next()), "schema": {"type": "string", "default": \(next())}},
                      {"name": \(next()), "in": "header", "schema": {"type": "string", "enum": [\(next()), \(next())]}}
                    ],
                    "responses": {
                      "200": {
                        "description": \(next()),
                        "headers": {\(next()): {"description": \(next()), "schema": {"type": "string"}}},
                        "content": {"application/json": {"schema": {"$ref": \(json("#/components/schemas/" + reference(schemaName)))}, "example": {\(property): \(next())}}}
                      },
                      "default": {"description": \(next()), "content": {"text/plain": {"schema": {"type": "string"}}}}
                    }
                  },
                  "post": {
                    "operationId": \(next()),
                    "requestBody": {"description": \(next()), "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shape"}}}},
                    "responses": {"204": {"description": \(next())}}
                  }
                }
              },
              "components": {
                "schemas": {
                  \(schema): {
                    "type": "object", "title": \(next()), "description": \(next()),
                    "required": [\(property)],
                    "properties": {
                      \(property): {"type": "string", "description": \(next()), "default": \(next()), "example": \(next())},
                      \(name()): {"type": "string", "enum": [\(next()), \(next()), \(next())]},
                      \(name()): {"type": "integer", "enum": [1, 2]},
                      \(name()): {"type": "number", "default": 1.5},
                      \(name()): {"type": "object", "additionalProperties": {"type": "string"}, "description": \(next())}
                    }
                  },
                  "Shape": {
                    "oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}],
                    "discriminator": {"propertyName": \(next()), "mapping": {
                      \(next()): "#/components/schemas/Circle", \(next()): "#/components/schemas/Square"}}
                  },
                  "Circle": {"type": "object", "properties": {"radius": {"type": "number"}}, "description": \(next())},
                  "Square": {"type": "object", "properties": {"side": {"type": "number"}}, "description": \(next())}
                }
              }
            }

            """
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func hostileTextGeneratesSwiftThatCompiles(seed: UInt64) throws {
        let directory = try CLI.directory(with: ["openapi.json": Self.hostileDocument(seed: seed)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let generate = try CLI.run(
            [
                "generate", "openapi.json", "--output", "Out", "--mode", "types", "--mode", "client", "--mode",
                "server", "--no-config",
            ],
            in: directory)
        try #require(generate.status == 0, "\(generate.standardError)")
        let output = directory.appendingPathComponent("Out")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".swift") }
            .sorted()
        #expect(files == ["Client.swift", "Operations.swift", "Server.swift", "Types.swift"])
        let modules = CLI.executable.deletingLastPathComponent().appendingPathComponent("Modules").path
        let typecheck = try ExternalProcess.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-module-name", "Hostile", "-I", modules] + files,
            in: output)
        #expect(typecheck.status == 0, "\(typecheck.output)")
        #expect(!typecheck.output.contains("INJECTED"))
        #expect(!typecheck.output.contains("warning:"), "\(typecheck.output)")
    }
}
