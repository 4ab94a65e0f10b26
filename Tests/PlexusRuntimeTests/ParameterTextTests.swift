import Foundation
import PlexusRuntime
import Testing

@Suite struct ParameterTextTests {
    @Test func primitivesRoundTrip() throws {
        #expect(
            true.parameterText == "true" && Bool(parameterText: "false") == false && Bool(parameterText: "1") == nil)
        #expect(Int(parameterText: "-42") == -42 && Int(parameterText: "4x") == nil && Int(parameterText: "") == nil)
        #expect(Int64(parameterText: "9223372036854775807") == .max && Int32(parameterText: "2147483648") == nil)
        #expect(Double(parameterText: "1.5") == 1.5 && Double(parameterText: "nan") == nil)
        #expect(
            UUID(parameterText: "8C1B7F4E-0000-4000-8000-000000000001")?.parameterText
                == "8c1b7f4e-0000-4000-8000-000000000001")
        #expect(OpenAPIDate(parameterText: "2019-10-01")?.parameterText == "2019-10-01")
        #expect(OpenAPIDate(parameterText: "2019-13-01") == nil)
        let instant = try #require(Date(parameterText: "2019-10-14T09:30:12+02:00"))
        #expect(instant.parameterText == "2019-10-14T07:30:12Z")
    }

    @Test func decimalsAreExactAndStrict() throws {
        let amount = try #require(Decimal(parameterText: "1234.10"))
        #expect(amount == Decimal(string: "1234.1"))
        #expect(amount.parameterText == "1234.1")
        #expect(Decimal(parameterText: "0.1")! + Decimal(parameterText: "0.2")! == Decimal(parameterText: "0.3")!)
        for bad in ["12abc", "1,5", "", "-", "1.", ".5", "1e", "+1"] {
            #expect(Decimal(parameterText: bad) == nil, "\(bad)")
        }
        #expect(Decimal(parameterText: "-2.5e3") == Decimal(-2500))
    }

    enum Status: String, ParameterText { case open, closed }

    @Test func rawValueEnumsAndArrays() {
        #expect(Status(parameterText: "open") == .open && Status(parameterText: "OPEN") == nil)
        #expect([Status.open, .closed].parameterValue == .array(["open", "closed"]))
        #expect(OpenAPIDate(year: 2024, month: 2, day: 9).parameterValue == .primitive("2024-02-09"))
    }
}

@Suite struct EncodableParameterTests {
    struct Filter: Encodable {
        var name: String
        var min: Decimal
        var active: Bool
        var tags: [String]
        var note: String?
    }

    @Test func objectsTravelMemberByMemberInKeyOrder() throws {
        let value = try ParameterValue.object(
            Filter(name: "a b", min: Decimal(string: "0.1")!, active: true, tags: ["x"], note: nil))
        #expect(
            value
                == .object([
                    .init("active", "true"), .init("min", "0.1"), .init("name", "a b"), .init("tags", #"["x"]"#),
                ]))
        #expect(
            try ParameterEncoding.query(name: "filter", value: value, style: .deepObject)
                == [
                    "filter%5Bactive%5D=true", "filter%5Bmin%5D=0.1", "filter%5Bname%5D=a%20b",
                    "filter%5Btags%5D=%5B%22x%22%5D",
                ])
    }

    @Test func contentParametersAreOneJSONText() throws {
        #expect(try ParameterValue.json(["b": 1, "a": 2]) == .primitive(#"{"a":2,"b":1}"#))
        #expect(throws: ClientMessageError.self) { try ParameterValue.object([1, 2]) }
    }
}
