import Foundation
import PlexusRuntime
import Testing

/// A union as generated code declares one: its variants tried in order.
private enum IDOrName: Codable, Equatable {
    case id(Int)
    case name(String)

    init(from decoder: any Decoder) throws {
        if let id = try? Int(from: decoder) {
            self = .id(id)
        } else {
            self = .name(try String(from: decoder))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .id(let id): try id.encode(to: encoder)
        case .name(let name): try name.encode(to: encoder)
        }
    }
}

private struct Range: Codable, Equatable {
    var gte: Int?
    var lt: Int?
}

/// A timestamp or a range of them, as payment APIs filter lists (`created=5` or `created[gte]=5`).
private enum Created: Codable, Equatable {
    case range(Range)
    case at(Int)

    init(from decoder: any Decoder) throws {
        do {
            self = .range(try Range(from: decoder))
        } catch {
            self = .at(try Int(from: decoder))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .range(let range): try range.encode(to: encoder)
        case .at(let at): try at.encode(to: encoder)
        }
    }
}

/// One text or a list of them.
private enum OneOrMany: Codable, Equatable {
    case one(String)
    case many([String])

    init(from decoder: any Decoder) throws {
        do {
            self = .many(try [String](from: decoder))
        } catch {
            self = .one(try String(from: decoder))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .one(let text): try text.encode(to: encoder)
        case .many(let texts): try texts.encode(to: encoder)
        }
    }
}

@Suite struct UnionParameterTests {
    @Test func aValueTakesTheFormOfItsVariant() throws {
        #expect(try ParameterValue.encoded(IDOrName.id(42)) == .primitive("42"))
        #expect(try ParameterValue.encoded(IDOrName.name("octo cat")) == .primitive("octo cat"))
        #expect(
            try ParameterValue.encoded(Created.range(Range(gte: 5, lt: 9)))
                == .object([.init("gte", "5"), .init("lt", "9")]))
        #expect(try ParameterValue.encoded(OneOrMany.many(["a", "b"])) == .array(["a", "b"]))
        #expect(try ParameterValue.encoded(true) == .primitive("true"))
    }

    @Test func aUnionDecodesFromTheFormThatArrived() throws {
        #expect(try ParameterValue.primitive("42").decoded(IDOrName.self, parameter: "id") == .id(42))
        #expect(try ParameterValue.primitive("4x2").decoded(IDOrName.self, parameter: "id") == .name("4x2"))
        #expect(
            try ParameterValue.object([.init("gte", "5")]).decoded(Created.self, parameter: "created")
                == .range(Range(gte: 5)))
        #expect(try ParameterValue.primitive("17").decoded(Created.self, parameter: "created") == .at(17))
        // One item of an exploded list is one text; a list sent in one item is split only when that decodes.
        #expect(try ParameterValue.array(["a"]).decoded(OneOrMany.self, parameter: "x") == .many(["a"]))
        #expect(
            try ParameterValue.primitive("a,b").decoded(OneOrMany.self, parameter: "x", separator: ",")
                == .many(["a", "b"]))
        #expect(
            try ParameterValue.primitive("a,b").decoded(IDOrName.self, parameter: "x", separator: ",") == .name("a,b"))
    }

    @Test func aValueNoVariantTakesIsMalformedNamingTheParameter() {
        #expect(throws: ParameterDecoding.Malformed.self) {
            try ParameterValue.primitive("soon").decoded(Created.self, parameter: "created")
        }
        do {
            _ = try ParameterValue.primitive("soon").decoded(Created.self, parameter: "created")
        } catch {
            #expect(error.parameter == "created")
        }
    }

    @Test func theQueryIsReadInTheFormItHas() throws {
        let shape = ParameterDecoding.Shape.union(memberNames: ["gte", "lt"])
        #expect(
            try ParameterDecoding.query(
                name: "created", query: "created%5Bgte%5D=5&created%5Blt%5D=9", shape: shape, style: .deepObject)
                == .object([.init("gte", "5"), .init("lt", "9")]))
        #expect(
            try ParameterDecoding.query(name: "created", query: "created=5", shape: shape, style: .deepObject)
                == .primitive("5"))
        #expect(
            try ParameterDecoding.query(name: "created", query: "gte=1&x=2", shape: shape, style: .form)
                == .object([.init("gte", "1")]))
        #expect(
            try ParameterDecoding.query(name: "expand", query: "expand=a&expand=b", shape: .union(memberNames: []))
                == .array(["a", "b"]))
        #expect(
            try ParameterDecoding.query(
                name: "expand", query: "expand=a%2Cb", shape: .union(memberNames: []), style: .form, explode: false)
                == .primitive("a,b"))
        #expect(try ParameterDecoding.query(name: "expand", query: "other=1", shape: .union(memberNames: [])) == nil)
    }

    @Test func deepObjectCarriesOneValueAndListsTheWayPaymentAPIsSendThem() throws {
        #expect(
            try ParameterEncoding.query(name: "created", value: .primitive("5"), style: .deepObject) == ["created=5"])
        #expect(
            try ParameterEncoding.query(name: "expand", value: .array(["a", "b"]), style: .deepObject)
                == ["expand%5B%5D=a", "expand%5B%5D=b"])
        #expect(
            try ParameterDecoding.query(
                name: "expand", query: "expand%5B%5D=a&expand%5B%5D=b", shape: .array, style: .deepObject)
                == .array(["a", "b"]))
    }
}
