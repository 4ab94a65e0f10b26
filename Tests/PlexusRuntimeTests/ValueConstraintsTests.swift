import Foundation
import PlexusRuntime
import Testing

/// JSON Schema's validation keywords as generated server stubs check them: lengths in code points, patterns read
/// as ECMA-262 and unanchored, inclusive and exclusive bounds, `multipleOf`, item counts and items.
@Suite struct ValueConstraintsTests {
    @Test func lengthsCountUnicodeCodePoints() {
        let country = ValueConstraints(minLength: 2, maxLength: 2)
        #expect(country.violation(of: "DE") == nil)
        #expect(country.violation(of: "DEU") == "must be at most 2 characters long, found 3")
        #expect(country.violation(of: "D") == "must be at least 2 characters long, found 1")
        // One grapheme, two code points (e + combining acute): JSON Schema counts code points.
        #expect(country.violation(of: "e\u{301}") == nil)
        #expect(ValueConstraints(maxLength: 1).violation(of: "e\u{301}") == "must be at most 1 character long, found 2")
    }

    @Test func patternsAreUnanchoredAndReadTheWayECMAScriptReadsThem() {
        let currency = ValueConstraints(patterns: ["^[A-Z]{3}$"])
        #expect(currency.violation(of: "EUR") == nil)
        #expect(currency.violation(of: "EURO") == "must match the pattern ^[A-Z]{3}$")
        #expect(currency.violation(of: "eur") != nil)
        // `^` and `$` are the string's ends, not a line's.
        #expect(currency.violation(of: "x\nEUR") != nil)
        // Unanchored: a match anywhere will do.
        #expect(ValueConstraints(patterns: ["[0-9]"]).violation(of: "ab1c") == nil)
        // `\d` is ASCII only in ECMA-262 (Swift's default would take the Arabic-Indic digit).
        #expect(ValueConstraints(patterns: [#"^\d+$"#]).violation(of: "12\u{0663}") != nil)
        #expect(ValueConstraints(patterns: [#"^A[1-9]\d*\.[1-9]\d*$"#]).violation(of: "A1.12") == nil)
        #expect(ValueConstraints(patterns: [#"^A[1-9]\d*\.[1-9]\d*$"#]).violation(of: "A1.0") != nil)
        // Every pattern must match.
        let both = ValueConstraints(patterns: ["^[a-z]+$", "^.{2}$"])
        #expect(both.violation(of: "de") == nil)
        #expect(both.violation(of: "deu") == "must match the pattern ^.{2}$")
        // A pattern Swift cannot read is not checked (the generator warned about it).
        #expect(ValueConstraints(patterns: ["["]).violation(of: "anything") == nil)
    }

    @Test func boundsInclusiveAndExclusive() {
        let page = ValueConstraints(minimum: 1, maximum: 1000)
        #expect(page.violation(of: 1) == nil)
        #expect(page.violation(of: 1000) == nil)
        #expect(page.violation(of: 0) == "must be at least 1")
        #expect(page.violation(of: 1001) == "must be at most 1000")
        let amount = ValueConstraints(exclusiveMinimum: 0, exclusiveMaximum: 100)
        #expect(amount.violation(of: Decimal(string: "0.01") ?? 0) == nil)
        #expect(amount.violation(of: Decimal(0)) == "must be greater than 0")
        #expect(amount.violation(of: 100.0) == "must be less than 100")
        #expect(ValueConstraints(minimum: 0.5).violation(of: Float(0.25)) == "must be at least 0.5")
        #expect(ValueConstraints(maximum: 10).violation(of: Int32(11)) == "must be at most 10")
        #expect(ValueConstraints(maximum: 10).violation(of: Int64(10)) == nil)
    }

    @Test func multiplesAllowForBinaryRounding() {
        let cents = ValueConstraints(multipleOf: 0.01)
        #expect(cents.violation(of: 12.34) == nil)
        #expect(cents.violation(of: Decimal(string: "0.3") ?? 0) == nil)
        #expect(cents.violation(of: 12.345) == "must be a multiple of 0.01")
        #expect(ValueConstraints(multipleOf: 5).violation(of: 15) == nil)
        #expect(ValueConstraints(multipleOf: 5).violation(of: 16) == "must be a multiple of 5")
    }

    @Test func listsByCountAndByItem() {
        let languages = ValueConstraints(minItems: 1, maxItems: 3, items: ValueConstraints(patterns: ["^[a-z]{2}$"]))
        #expect(languages.violation(of: ["de", "en"]) == nil)
        #expect(languages.violation(of: [String]()) == "must have at least 1 item, found 0")
        #expect(languages.violation(of: ["de", "en", "fr", "it"]) == "must have at most 3 items, found 4")
        #expect(languages.violation(of: ["de", "EN"]) == "item 1 must match the pattern ^[a-z]{2}$")
        // Items of a type constraints do not judge still count.
        #expect(ValueConstraints(maxItems: 1).violation(of: [Date(), Date()]) == "must have at most 1 item, found 2")
    }

    @Test func onePatternServesConcurrentChecks() async {
        let constraints = ValueConstraints(patterns: [#"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$"#])
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let iban = index.isMultiple(of: 2) ? "DE67900900424711951500" : "de67900900424711951500"
                    return (constraints.violation(of: iban) == nil) == index.isMultiple(of: 2)
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 200)
        #expect(results.allSatisfy { $0 })
    }

    // MARK: Where generated code checks them

    struct Payment: Decodable {
        var currency: String
        var amount: Decimal
        var purpose: String?
        var tags: [String]?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: DynamicCodingKey.self)
            currency = try container.read(
                String.self, at: "currency", checking: ValueConstraints(patterns: ["^[A-Z]{3}$"]))
            amount = try container.read(Decimal.self, at: "amount", checking: ValueConstraints(exclusiveMinimum: 0))
            purpose = try container.readIfPresent(String.self, at: "purpose", checking: ValueConstraints(maxLength: 5))
            tags = try container.readNullable(
                [String].self, at: "tags", checking: ValueConstraints(maxItems: 1))
        }
    }

    @Test func serversRefuseWhatClientsRead() throws {
        let outside = Data(#"{"currency": "euro", "amount": 0, "purpose": "too long", "tags": ["a", "b"]}"#.utf8)
        // Clients read answers a little outside the document.
        let read = try JSONDecoder().decode(Payment.self, from: outside)
        #expect(read.currency == "euro")
        #expect(read.tags == ["a", "b"])
        // The stubs' strict decoder refuses them, naming the member and the constraint.
        do {
            _ = try StrictJSONDecoder.make().decode(Payment.self, from: outside)
            Issue.record("decoded a currency that does not match its pattern")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.codingPath.map(\.stringValue) == ["currency"])
            #expect(context.debugDescription == "must match the pattern ^[A-Z]{3}$")
        }
        let tooLong = Data(#"{"currency": "EUR", "amount": 1, "purpose": "too long", "tags": null}"#.utf8)
        #expect(throws: DecodingError.self) { try StrictJSONDecoder.make().decode(Payment.self, from: tooLong) }
        let fine = Data(#"{"currency": "EUR", "amount": 12.34, "tags": null}"#.utf8)
        let payment = try StrictJSONDecoder.make().decode(Payment.self, from: fine)
        #expect(payment.amount == Decimal(string: "12.34"))
        #expect(payment.tags == nil)
    }

    @Test func numbersOutsideTheTypesRangeAreNamedAsSuch() throws {
        struct Amount: Decodable {
            var amount: Decimal
            var count: Int?
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: DynamicCodingKey.self)
                amount = try container.read(Decimal.self, at: "amount")
                count = try container.readIfPresent(Int.self, at: "count")
            }
        }
        func message(_ json: String) -> String? {
            do {
                _ = try JSONDecoder().decode(Amount.self, from: Data(json.utf8))
                return nil
            } catch DecodingError.dataCorrupted(let context) {
                return context.debugDescription
            } catch {
                return "\(error)"
            }
        }
        #expect(
            message(#"{"amount": 5e-324}"#)?.hasPrefix("5e-324 is outside the range of numbers a Decimal holds") == true
        )
        #expect(
            message(#"{"amount": 1, "count": 4196258214828035750756352}"#)?.contains("a 64-bit integer holds") == true)
        // A fraction for an integer keeps Foundation's message, which says what is wrong.
        #expect(message(#"{"amount": 1, "count": 1.5}"#)?.contains("64-bit") == false)
        #expect(message(#"{"amount": 12.34, "count": 3}"#) == nil)
    }

    @Test func parametersAreCheckedAndOutOfRangeIntegersNamed() throws {
        #expect(
            try ParameterValue.primitive("500").value(
                Int.self, parameter: "count", checking: ValueConstraints(minimum: 1, maximum: 1000)) == 500)
        #expect {
            try ParameterValue.primitive("0").value(
                Int.self, parameter: "count", checking: ValueConstraints(minimum: 1, maximum: 1000))
        } throws: { error in
            "\(error)".contains("must be at least 1")
        }
        #expect {
            try ParameterValue.array(["A1.1", "B"]).values(
                String.self, parameter: "accounts",
                checking: ValueConstraints(items: ValueConstraints(patterns: ["^A"])))
        } throws: { error in
            "\(error)".contains("item 1 must match the pattern ^A")
        }
        #expect {
            try ParameterValue.primitive("4196258214828035750756352").value(Int.self, parameter: "offset")
        } throws: { error in
            "\(error)".contains("outside the range of a 64-bit integer")
        }
    }
}
