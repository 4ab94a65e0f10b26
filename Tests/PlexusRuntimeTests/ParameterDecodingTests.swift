import PlexusRuntime
import Testing

/// What `ParameterEncoding` writes, `ParameterDecoding` reads back, for every style, `explode` and shape, with
/// values full of separators, reserved characters and non-ASCII text.
@Suite struct ParameterDecodingTests {
    static let primitives: [ParameterValue] = [
        .primitive("blue"), .primitive("a,b c/ü;=&?"), .primitive(""), .primitive("../x"),
    ]
    static let arrays: [ParameterValue] = [.array(["blue", "black"]), .array(["a,b", "c d", "ü/=;"]), .array(["x"])]
    static let objects: [ParameterValue] = [
        .object([.init("R", "100"), .init("G", "a,b=c;d")]), .object([.init("only", "1")]),
    ]

    static func shape(of value: ParameterValue) -> ParameterDecoding.Shape {
        switch value {
        case .primitive: .primitive
        case .array: .array
        case .object(let members): .object(memberNames: members.map(\.name))
        }
    }

    /// Text no style can carry unambiguously: the style's own unencoded separator inside an element.
    static func carries(_ value: ParameterValue, separator: Character) -> Bool {
        switch value {
        case .primitive: true
        case .array(let items): !items.contains { $0.contains(separator) }
        case .object(let members): !members.contains { $0.name.contains(separator) || $0.value.contains(separator) }
        }
    }

    @Test(arguments: [ParameterStyle.simple, .label, .matrix], [false, true])
    func pathValuesRoundTrip(style: ParameterStyle, explode: Bool) throws {
        for value in Self.primitives + Self.arrays + Self.objects {
            if style == .label, explode, !Self.carries(value, separator: ".") { continue }
            let text = try ParameterEncoding.path(name: "color", value: value, style: style, explode: explode)
            let decoded = try ParameterDecoding.path(
                name: "color", text: text, shape: Self.shape(of: value), style: style, explode: explode)
            #expect(decoded == value, "\(text)")
        }
    }

    @Test(arguments: [ParameterStyle.form, .spaceDelimited, .pipeDelimited, .deepObject], [false, true])
    func queryValuesRoundTrip(style: ParameterStyle, explode: Bool) throws {
        for value in Self.primitives + Self.arrays + Self.objects {
            if style == .spaceDelimited, !Self.carries(value, separator: " ") { continue }
            if style == .pipeDelimited, !Self.carries(value, separator: "|") { continue }
            let items: [String]
            do {
                items = try ParameterEncoding.query(name: "color", value: value, style: style, explode: explode)
            } catch {
                continue  // a combination the style does not define
            }
            let query = (["other=1"] + items + ["last=2"]).joined(separator: "&")
            let decoded = try ParameterDecoding.query(
                name: "color", query: query, shape: Self.shape(of: value), style: style, explode: explode)
            #expect(decoded == value, "\(query)")
        }
    }

    @Test func absentQueryParametersAreNil() throws {
        #expect(try ParameterDecoding.query(name: "color", query: "other=1", shape: .primitive) == nil)
        #expect(try ParameterDecoding.query(name: "color", query: "", shape: .array) == nil)
        #expect(
            try ParameterDecoding.query(name: "f", query: "x=1", shape: .object(memberNames: ["a"]), style: .deepObject)
                == nil)
    }

    @Test func queryTextAsBrowsersSendIt() throws {
        #expect(try ParameterDecoding.query(name: "q", query: "q=a+b%2Bc", shape: .primitive) == .primitive("a b+c"))
        #expect(
            try ParameterDecoding.query(
                name: "ids", query: "ids=1+2", shape: .array, style: .spaceDelimited, explode: false)
                == .array(["1", "2"]))
    }

    @Test func malformedTextIsRejected() {
        #expect(throws: ParameterDecoding.Malformed.self) {
            try ParameterDecoding.query(name: "q", query: "q=%zz", shape: .primitive)
        }
        #expect(throws: ParameterDecoding.Malformed.self) {
            try ParameterDecoding.query(name: "q", query: "q=1&q=2", shape: .primitive)
        }
        #expect(throws: ParameterDecoding.Malformed.self) {
            try ParameterDecoding.path(name: "id", text: "blue", shape: .primitive, style: .label)
        }
        #expect(throws: ParameterDecoding.Malformed.self) {
            try ParameterDecoding.path(name: "id", text: ";other=1", shape: .primitive, style: .matrix)
        }
        #expect(throws: ParameterDecoding.Malformed.self) {
            try ParameterDecoding.path(name: "id", text: "R,100,G", shape: .object(memberNames: []))
        }
        #expect(throws: ParameterDecoding.Malformed.self) {
            try ParameterDecoding.path(name: "id", text: "%E2%82", shape: .primitive)
        }
    }

    @Test func headerValuesSplitOnCommas() throws {
        #expect(try ParameterDecoding.header(name: "X-Ids", text: " 1,2,3 ", shape: .array) == .array(["1", "2", "3"]))
        #expect(
            try ParameterDecoding.header(name: "X-Obj", text: "R=1,G=2", shape: .object(memberNames: []), explode: true)
                == .object([.init("R", "1"), .init("G", "2")]))
    }
}
