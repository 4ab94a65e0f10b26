import PlexusRuntime
import Testing

/// The style examples of the OpenAPI Specification (3.1.1, "Style Examples"), with label/explode=false as RFC 6570
/// defines it (commas after the leading dot), plus the percent-encoding a path or query needs.
@Suite struct ParameterEncodingTests {
    static let empty = ParameterValue.primitive("")
    static let string = ParameterValue.primitive("blue")
    static let array = ParameterValue.array(["blue", "black", "brown"])
    static let object = ParameterValue.object([.init("R", "100"), .init("G", "200"), .init("B", "150")])

    struct PathCase: Sendable, CustomTestStringConvertible {
        var style: ParameterStyle
        var explode: Bool
        var expected: [String]  // empty, string, array, object
        var testDescription: String { "\(style) explode=\(explode)" }
    }

    @Test(arguments: [
        PathCase(
            style: .matrix, explode: false,
            expected: [";color", ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"]),
        PathCase(
            style: .matrix, explode: true,
            expected: [";color", ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150"]),
        PathCase(style: .label, explode: false, expected: [".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150"]),
        PathCase(style: .label, explode: true, expected: [".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150"]),
        PathCase(style: .simple, explode: false, expected: ["", "blue", "blue,black,brown", "R,100,G,200,B,150"]),
        PathCase(style: .simple, explode: true, expected: ["", "blue", "blue,black,brown", "R=100,G=200,B=150"]),
    ])
    func pathStylesMatchTheSpecificationTable(_ row: PathCase) throws {
        let values = [Self.empty, Self.string, Self.array, Self.object]
        let encoded = try values.map {
            try ParameterEncoding.path(name: "color", value: $0, style: row.style, explode: row.explode)
        }
        #expect(encoded == row.expected)
    }

    struct QueryCase: Sendable, CustomTestStringConvertible {
        var style: ParameterStyle
        var explode: Bool
        var value: ParameterValue
        var expected: [String]
        var testDescription: String { "\(style) explode=\(explode) \(value)" }
    }

    @Test(arguments: [
        QueryCase(style: .form, explode: false, value: empty, expected: ["color="]),
        QueryCase(style: .form, explode: false, value: string, expected: ["color=blue"]),
        QueryCase(style: .form, explode: false, value: array, expected: ["color=blue,black,brown"]),
        QueryCase(style: .form, explode: false, value: object, expected: ["color=R,100,G,200,B,150"]),
        QueryCase(style: .form, explode: true, value: string, expected: ["color=blue"]),
        QueryCase(style: .form, explode: true, value: array, expected: ["color=blue", "color=black", "color=brown"]),
        QueryCase(style: .form, explode: true, value: object, expected: ["R=100", "G=200", "B=150"]),
        QueryCase(style: .spaceDelimited, explode: false, value: array, expected: ["color=blue%20black%20brown"]),
        QueryCase(
            style: .spaceDelimited, explode: false, value: object, expected: ["color=R%20100%20G%20200%20B%20150"]),
        QueryCase(style: .pipeDelimited, explode: false, value: array, expected: ["color=blue%7Cblack%7Cbrown"]),
        QueryCase(
            style: .pipeDelimited, explode: true, value: array, expected: ["color=blue", "color=black", "color=brown"]),
        QueryCase(
            style: .deepObject, explode: true, value: object,
            expected: ["color%5BR%5D=100", "color%5BG%5D=200", "color%5BB%5D=150"]),
    ])
    func queryStylesMatchTheSpecificationTable(_ row: QueryCase) throws {
        let encoded = try ParameterEncoding.query(
            name: "color", value: row.value, style: row.style, explode: row.explode)
        #expect(encoded == row.expected)
    }

    @Test func pathValuesCannotAddOrClimbSegments() throws {
        #expect(try ParameterEncoding.path(name: "id", value: .primitive("../admin")) == "..%2Fadmin")
        #expect(try ParameterEncoding.path(name: "id", value: .primitive("..")) == "%2E%2E")
        #expect(try ParameterEncoding.path(name: "id", value: .primitive(".")) == "%2E")
        #expect(try ParameterEncoding.path(name: "id", value: .primitive("a.b")) == "a.b")
        #expect(try ParameterEncoding.path(name: "id", value: .primitive("a?b#c;d")) == "a%3Fb%23c%3Bd")
        #expect(try ParameterEncoding.path(name: "id", value: .array(["a,b", "c"])) == "a%2Cb,c")
    }

    @Test func queryValuesAreEncodedAsUTF8() throws {
        #expect(try ParameterEncoding.query(name: "q", value: .primitive("a b&c=d+e")) == ["q=a%20b%26c%3Dd%2Be"])
        #expect(try ParameterEncoding.query(name: "q", value: .primitive("Müller €")) == ["q=M%C3%BCller%20%E2%82%AC"])
        #expect(try ParameterEncoding.query(name: "a b", value: .primitive("1")) == ["a%20b=1"])
    }

    @Test func allowReservedKeepsReservedCharactersButNotQueryDelimiters() throws {
        let value = ParameterValue.primitive("/path:1?x[0]@y&z=1#f+g")
        #expect(
            try ParameterEncoding.query(name: "p", value: value, allowReserved: true) == [
                "p=/path:1?x[0]@y%26z%3D1%23f%2Bg"
            ])
        #expect(
            try ParameterEncoding.query(name: "p", value: value, allowReserved: false)
                == ["p=%2Fpath%3A1%3Fx%5B0%5D%40y%26z%3D1%23f%2Bg"])
    }

    @Test func stylesThatDoNotApplyAreRejected() {
        #expect(throws: ParameterEncoding.UnsupportedStyle.self) {
            try ParameterEncoding.path(name: "id", value: .primitive("1"), style: .form)
        }
        #expect(throws: ParameterEncoding.UnsupportedStyle.self) {
            try ParameterEncoding.query(name: "id", value: .primitive("1"), style: .matrix)
        }
    }

    /// What the specification leaves undefined but union-typed parameters need (a filter that is a number or a
    /// range, a list that may be one value) is written the way payment APIs read it.
    @Test func unionValuesInStylesMadeForOtherShapes() throws {
        #expect(try ParameterEncoding.query(name: "f", value: .array(["a"]), style: .deepObject) == ["f%5B%5D=a"])
        #expect(try ParameterEncoding.query(name: "f", value: .primitive("a"), style: .deepObject) == ["f=a"])
        #expect(
            try ParameterEncoding.query(name: "f", value: .primitive("a"), style: .pipeDelimited, explode: false)
                == ["f=a"])
    }

    @Test func headersAndCookies() {
        #expect(ParameterEncoding.header(value: Self.array) == "blue,black,brown")
        #expect(ParameterEncoding.header(value: Self.object, explode: true) == "R=100,G=200,B=150")
        #expect(ParameterEncoding.cookie(name: "color", value: .primitive("a b;c")) == "color=a%20b%3Bc")
        #expect(ParameterEncoding.cookie(name: "color", value: Self.array, explode: false) == "color=blue,black,brown")
        #expect(ParameterEncoding.cookie(name: "color", value: Self.array) == "color=blue; color=black; color=brown")
    }
}
