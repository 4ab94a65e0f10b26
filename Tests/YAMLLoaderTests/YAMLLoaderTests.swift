import Diagnostics
import Testing
import YAMLLoader

private func load(_ text: String, limits: YAMLLoaderLimits = .default) throws(YAMLError) -> YAMLNode {
    try YAMLLoader(limits: limits).load(string: text, file: "test.yaml").root
}

private func loadError(_ text: String, limits: YAMLLoaderLimits = .default) -> YAMLError? {
    do {
        _ = try load(text, limits: limits)
        return nil
    } catch {
        return error
    }
}

private func loadError(bytes: [UInt8]) -> YAMLError? {
    do {
        _ = try YAMLLoader().load(bytes: bytes, file: "test.yaml")
        return nil
    } catch {
        return error
    }
}

@Suite struct MarksAndStructure {
    @Test func everyNodeCarriesItsLineAndColumn() throws {
        let root = try load("openapi: 3.0.1\ninfo:\n  title: Plexus\n  tags:\n    - a\n    - b\n")
        #expect(root.mark == YAMLMark(line: 1, column: 1))
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.mark == YAMLMark(line: 1, column: 1))
        #expect(pairs[0].value.mark == YAMLMark(line: 1, column: 10))
        let info = try #require(root["info"])
        #expect(info.mark == YAMLMark(line: 3, column: 3))
        #expect(info["title"]?.mark == YAMLMark(line: 3, column: 10))
        let tags = try #require(info["tags"]?.sequence)
        #expect(tags.map(\.mark) == [YAMLMark(line: 5, column: 7), YAMLMark(line: 6, column: 7)])
        #expect(tags.map(\.scalar) == ["a", "b"])
    }

    @Test func scalarsKeepTheirTextAndStyle() throws {
        let root = try load("a: no\nb: 'no'\nc: \"1.0\"\nd: |\n  line\ne: >\n  folded\nf:\n")
        #expect(root["a"]?.content == .scalar("no", .plain))
        #expect(root["b"]?.content == .scalar("no", .singleQuoted))
        #expect(root["c"]?.content == .scalar("1.0", .doubleQuoted))
        #expect(root["d"]?.content == .scalar("line\n", .literal))
        #expect(root["e"]?.content == .scalar("folded\n", .folded))
        #expect(root["f"]?.isNull == true)
        #expect(root["b"]?.isNull == false)
    }

    @Test func scalarsMayContainNUL() throws {
        let root = try load("a: \"x\\0y\"\n")
        let text = try #require(root["a"]?.scalar)
        #expect(Array(text.utf8) == [0x78, 0x00, 0x79])
    }

    @Test func crlfLineBreaksAndByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb:\r\n  c: 2\r\n".utf8)
        let root = try YAMLLoader().load(bytes: bytes, file: "crlf.yaml").root
        #expect(root["a"]?.scalar == "1")
        #expect(root["b"]?["c"]?.mark == YAMLMark(line: 3, column: 6))
    }

    @Test func jsonDocumentsLoadAsFlowStyle() throws {
        let root = try load(
            #"{"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}, "n": 12}"#)
        #expect(root["openapi"]?.content == .scalar("3.1.0", .doubleQuoted))
        #expect(root["n"]?.content == .scalar("12", .plain))
        #expect(root["paths"]?["/a"]?["get"]?["responses"]?["200"]?["description"]?.scalar == "ok")
    }

    @Test func largeJSONDocumentsLoad() throws {
        let items = (0..<20_000).map { #"{"name": "item\#($0)", "value": \#($0)}"# }.joined(separator: ",")
        let root = try load("{\"items\": [\(items)]}")
        #expect(root["items"]?.sequence?.count == 20_000)
    }
}

@Suite struct AnchorsAndMerges {
    @Test func aliasesCopyTheAnchoredNodeAndRememberWhereTheyWereUsed() throws {
        let root = try load("base: &b\n  type: string\nuse: *b\n")
        let used = try #require(root["use"])
        #expect(used["type"]?.scalar == "string")
        #expect(used.mark == YAMLMark(line: 1, column: 7))  // libyaml starts an anchored node at its anchor
        #expect(used.aliasMark == YAMLMark(line: 3, column: 6))
        #expect(used.reportedMark == YAMLMark(line: 3, column: 6))
    }

    @Test func mergeKeysFlattenWithExplicitKeysWinning() throws {
        let root = try load(
            """
            base: &base
              a: 1
              b: 2
            other: &other
              b: 20
              c: 30
            merged:
              <<: [*base, *other]
              a: 10
            """)
        let merged = try #require(root["merged"]?.mapping)
        #expect(merged.map { $0.key.scalar } == ["b", "c", "a"])
        #expect(merged.map { $0.value.scalar } == ["2", "30", "10"])
        #expect(merged.map(\.isMerged) == [true, true, false])
        // merged entries keep the location of the text they came from
        #expect(merged[0].value.mark == YAMLMark(line: 3, column: 6))
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try load("'<<': x\n")
        #expect(root["<<"]?.scalar == "x")
    }
}

@Suite struct Rejections {
    @Test func syntaxErrorsCarryLibYAMLProblemAndContext() {
        let error = loadError("a:\n  b: 1\n c: 2\n")
        #expect(error?.kind == .syntax)
        #expect(
            error?.description
                == "test.yaml:3:2: error: did not find expected key (while parsing a block mapping at 1:1) [yaml-syntax]"
        )
    }

    @Test func duplicateKeys() {
        let error = loadError("a: 1\nb: 2\na: 3\n")
        #expect(
            error?.description == "test.yaml:3:1: error: duplicate key 'a' (first defined at 1:1) [yaml-duplicate-key]")
    }

    @Test func undefinedAlias() {
        let error = loadError("a: *nowhere\n")
        #expect(error?.kind == .undefinedAlias)
        #expect(error?.message == "undefined alias '*nowhere'")
    }

    @Test func moreThanOneDocument() {
        let error = loadError("a: 1\n---\nb: 2\n")
        #expect(
            error?.description
                == "test.yaml:2:1: error: the file contains more than one YAML document; an OpenAPI document must be a single document [yaml-multiple-documents]"
        )
    }

    @Test func emptyFile() {
        #expect(loadError("")?.description == "test.yaml:1:1: error: the file contains no YAML document [yaml-empty]")
    }

    @Test func billionLaughsFailsFast() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let clock = ContinuousClock()
        var error: YAMLError?
        let elapsed = clock.measure { error = loadError(text) }
        #expect(error?.kind == .aliasBudget)
        #expect(error?.location?.line == 6)
        #expect(elapsed < .seconds(5), "the alias budget must stop expansion long before memory runs out")
    }

    @Test func nestingBeyondTheDepthLimit() {
        let text = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        let error = loadError(text, limits: YAMLLoaderLimits(maxDepth: 32))
        #expect(error?.description == "test.yaml:1:33: error: nesting deeper than 32 levels [yaml-depth-limit]")
    }

    @Test func invalidUTF8IsLocated() {
        let error = loadError(bytes: Array("a: 1\nb: x".utf8) + [0xFF] + Array("\n".utf8))
        #expect(error?.kind == .encoding)
        #expect(error?.location?.line == 2)
        #expect(error?.location?.column == 5)
        #expect(error?.message.hasPrefix("the file is not valid UTF-8") == true)
    }

    @Test func utf16IsRejected() {
        let error = loadError(bytes: [0xFF, 0xFE, 0x61, 0x00])
        #expect(
            error?.description
                == "test.yaml:1:1: error: the file is UTF-16 encoded; only UTF-8 is supported [yaml-encoding]")
    }

    @Test func unreadableFile() {
        do {
            _ = try YAMLLoader().load(contentsOf: "/nonexistent/openapi.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "error: cannot read '/nonexistent/openapi.yaml': No such file or directory [yaml-unreadable]")
        }
    }

    @Test func mergeOfAScalarIsRejected() {
        #expect(loadError("a:\n  <<: 3\n")?.kind == .invalidMerge)
    }
}
