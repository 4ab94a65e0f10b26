import Foundation
import PlexusRuntime
import Testing

/// Server stubs turn wire values into typed ones: every failure names the parameter and what was wrong.
@Suite struct TypedParameterTests {
    enum Color: String, OpenEnumeration, Codable {
        case red, green
        case other

        var isKnown: Bool { self != .other }
        init(rawValue: String) {
            switch rawValue {
            case "red": self = .red
            case "green": self = .green
            default: self = .other
            }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            self.init(rawValue: try container.decode(String.self))
            if !isKnown, StrictDecoding.isOn(decoder) {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not one of the values Color allows")
            }
        }
    }

    struct Range: Decodable, Equatable {
        var from: Int
        var to: Int?
        var label: String?
        var colors: [String]?
        var day: OpenAPIDate?
    }

    @Test func primitivesParseOrNameTheProblem() throws {
        #expect(try ParameterValue.primitive("42").value(Int.self, parameter: "count") == 42)
        #expect(
            try ParameterValue.primitive("2019-10-31").value(OpenAPIDate.self, parameter: "until").description
                == "2019-10-31")
        #expect(throws: ParameterDecoding.Malformed(parameter: "count", reason: "'ten' is not a valid integer")) {
            try ParameterValue.primitive("ten").value(Int.self, parameter: "count")
        }
        #expect(
            throws: ParameterDecoding.Malformed(
                parameter: "flag", reason: "'yes' is not a valid boolean (true or false)")
        ) {
            try ParameterValue.primitive("yes").value(Bool.self, parameter: "flag")
        }
        #expect(throws: ParameterDecoding.Malformed(parameter: "count", reason: "expected one value, got a list")) {
            try ParameterValue.array(["1", "2"]).value(Int.self, parameter: "count")
        }
    }

    @Test func enumValuesTheDocumentDoesNotListAreRefused() throws {
        #expect(try ParameterValue.array(["red", "green"]).values(Color.self, parameter: "colors") == [.red, .green])
        #expect(
            throws: ParameterDecoding.Malformed(
                parameter: "colors", reason: "'blue' is not one of the values Color allows")
        ) {
            try ParameterValue.array(["red", "blue"]).values(Color.self, parameter: "colors")
        }
        // Clients stay lenient: the same JSON decodes without the strict flag.
        #expect(try JSONDecoder().decode([Color].self, from: Data(#"["blue"]"#.utf8)) == [.other])
        #expect(throws: DecodingError.self) {
            try StrictJSONDecoder.make().decode([Color].self, from: Data(#"["blue"]"#.utf8))
        }
    }

    @Test func objectsDecodeFromTheirMembersText() throws {
        let value = ParameterValue.object([
            .init("from", "1"), .init("label", "a b"), .init("colors", #"["x","y"]"#), .init("day", "2020-02-29"),
        ])
        let range = try value.object(Range.self, parameter: "range")
        #expect(range == Range(from: 1, to: nil, label: "a b", colors: ["x", "y"], day: OpenAPIDate("2020-02-29")))
        #expect(throws: ParameterDecoding.Malformed(parameter: "range", reason: "at 'from': expected integer")) {
            try ParameterValue.object([.init("from", "one")]).object(Range.self, parameter: "range")
        }
        #expect(throws: ParameterDecoding.Malformed(parameter: "range", reason: "required member 'from' is missing")) {
            try ParameterValue.object([.init("to", "2")]).object(Range.self, parameter: "range")
        }
    }

    @Test func contentParametersAreJSON() throws {
        #expect(try ParameterValue.primitive(#"{"from":3}"#).json(Range.self, parameter: "where").from == 3)
        #expect(throws: ParameterDecoding.Malformed.self) {
            try ParameterValue.primitive("{").json(Range.self, parameter: "where")
        }
    }
}
