import Resolver
import Testing

/// Validation keywords reach the IR where a value is used: a property's or parameter's own, an alias's merged into
/// every use of it, an array's items'.
@Suite struct ConstraintIRTests {
    @Test func usesCarryTheirOwnConstraintsAndTheirAliases() throws {
        let result = try resolveSchemas(
            """
                Currency: {type: string, pattern: '^[A-Z]{3}$'}
                ShortCurrency: {$ref: '#/components/schemas/Currency'}
                Payment:
                  type: object
                  properties:
                    currency: {$ref: '#/components/schemas/Currency'}
                    short: {$ref: '#/components/schemas/ShortCurrency'}
                    name: {type: string, minLength: 1, maxLength: 70}
                    amount: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1000000, multipleOf: 0.01}
                    tags:
                      type: array
                      minItems: 1
                      maxItems: 5
                      items: {$ref: '#/components/schemas/Currency'}
                    plain: {type: string}
            """,
            paths: """
                    /payments:
                      get:
                        parameters:
                          - {name: count, in: query, schema: {type: integer, minimum: 1, maximum: 1000}}
                          - {name: currency, in: query, schema: {$ref: '#/components/schemas/Currency'}}
                        responses:
                          '200': {description: OK}
                """)
        #expect(result.lines == [])
        let api = try #require(result.api)
        let currency = ValueConstraints(patterns: ["^[A-Z]{3}$"])
        #expect(api.type(named: "Currency")?.constraints == currency)
        #expect(api.type(named: "ShortCurrency")?.constraints == currency)
        let payment = try #require(api.object("Payment"))
        #expect(payment.property("currency")?.constraints == currency)
        #expect(payment.property("short")?.constraints == currency)
        #expect(payment.property("name")?.constraints == ValueConstraints(minLength: 1, maxLength: 70))
        #expect(
            payment.property("amount")?.constraints
                == ValueConstraints(
                    minimum: .init(0, exclusive: true), maximum: .init(1_000_000), multipleOf: 0.01))
        #expect(payment.property("tags")?.constraints == ValueConstraints(minItems: 1, maxItems: 5, items: currency))
        #expect(payment.property("plain")?.constraints == nil)
        let parameters = try #require(api.operations.first?.parameters)
        #expect(parameters[0].constraints == ValueConstraints(minimum: .init(1), maximum: .init(1000)))
        #expect(parameters[1].constraints == currency)
    }

    @Test func aUseAddsToItsAliasKeepingTheStricterBound() throws {
        // 3.1 allows keywords beside `$ref`; 3.1's `exclusiveMinimum` is a bound of its own.
        let result = try resolveSchemas(
            """
                Code: {type: string, maxLength: 10, pattern: '^[A-Z]+$'}
                Level: {type: integer, minimum: 0, maximum: 10}
                Holder:
                  type: object
                  properties:
                    code: {$ref: '#/components/schemas/Code', maxLength: 4, minLength: 2}
                    level: {$ref: '#/components/schemas/Level', exclusiveMinimum: 0, maximum: 20}
            """, version: "3.1.0")
        #expect(result.lines == [])
        let holder = try #require(result.api?.object("Holder"))
        #expect(
            holder.property("code")?.constraints == ValueConstraints(minLength: 2, maxLength: 4, patterns: ["^[A-Z]+$"])
        )
        #expect(
            holder.property("level")?.constraints
                == ValueConstraints(minimum: .init(0, exclusive: true), maximum: .init(10)))
    }

    @Test func aPatternSwiftCannotReadIsReportedAndLeftOut() throws {
        let result = try resolveSchemas(
            """
                Odd:
                  type: object
                  properties:
                    a: {type: string, pattern: '[', maxLength: 3}
                    b: {type: string, pattern: '['}
            """)
        #expect(
            result.lines == [
                "openapi.yaml:10:12: warning: pattern '[' is not a regular expression the generated server can read; values are not checked against it [pattern-unsupported]",
                "openapi.yaml:11:12: warning: pattern '[' is not a regular expression the generated server can read; values are not checked against it [pattern-unsupported]",
            ])
        let odd = try #require(result.api?.object("Odd"))
        #expect(odd.property("a")?.constraints == ValueConstraints(maxLength: 3))
        #expect(odd.property("b")?.constraints == nil)
    }
}
