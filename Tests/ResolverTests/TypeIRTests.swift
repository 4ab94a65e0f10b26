import Foundation
import OpenAPIModel
import Resolver
import Testing

@Suite struct TypeIRTests {
    @Test func objectsCarryRequiredNullableReadOnlyDefaultsAndMaps() throws {
        let result = try resolveSchemas(
            """
                Account:
                  type: object
                  description: An account.
                  deprecated: true
                  required: [id, owner]
                  properties:
                    id: {type: string, readOnly: true}
                    owner: {type: string, nullable: true}
                    secret: {type: string, writeOnly: true}
                    limit: {type: integer, default: 10}
                    tags: {type: object, additionalProperties: {type: integer, format: int64}}
                    free: {type: object}
                    old: {type: boolean, deprecated: true}
                  additionalProperties: {type: string}
            """)
        #expect(result.lines == [])
        let api = try #require(result.api)
        let type = try #require(api.type(named: "Account"))
        #expect(type.description == "An account.")
        #expect(type.deprecated)
        let account = try #require(api.object("Account"))
        #expect(account.property("id")?.isRequired == true)
        #expect(account.property("id")?.isReadOnly == true)
        #expect(account.property("owner")?.type == .nullable(.primitive(.string)))
        #expect(account.property("owner")?.isRequired == true)
        #expect(account.property("secret")?.isWriteOnly == true)
        #expect(account.property("limit")?.defaultValue == .integer(10))
        #expect(account.property("limit")?.isRequired == false)
        #expect(account.property("tags")?.type == .map(.primitive(.int64)))
        #expect(account.property("free")?.type == .map(.anyJSON))
        #expect(account.property("old")?.isDeprecated == true)
        #expect(account.additionalProperties == .primitive(.string))
    }

    @Test func primitivesByTypeAndFormat() throws {
        let result = try resolveSchemas(
            """
                P:
                  type: object
                  properties:
                    a: {type: string, format: date}
                    b: {type: string, format: date-time}
                    c: {type: string, format: uuid}
                    d: {type: string, format: uri}
                    e: {type: string, format: byte}
                    f: {type: string, format: binary}
                    g: {type: integer, format: int32}
                    h: {type: integer, format: int64}
                    i: {type: integer}
                    j: {type: number, format: float}
                    k: {type: number, format: double}
                    l: {type: number, format: decimal}
                    m: {type: number}
                    n: {type: boolean}
                    o: {type: string, format: email}
                    p: {}
                    q: {type: array, items: {type: string}}
                    r: {type: array}
            """)
        let types = try #require(result.api?.object("P")).properties.map(\.type.description)
        #expect(
            types == [
                "date", "dateTime", "uuid", "uri", "base64", "binary", "int32", "int64", "int", "float", "double",
                "decimal", "number", "bool", "string", "JSON", "[string]", "[JSON]",
            ])
    }

    @Test func enumsWithCaseNames() throws {
        let result = try resolveSchemas(
            """
                Kind: {type: string, enum: [Giro account, SEPA transfer, '', default, 1st]}
                Code: {type: integer, enum: [1000, -1]}
                Named: {type: integer, enum: [1, 2], x-enum-varnames: [low, high]}
                Maybe: {type: string, nullable: true, enum: [a, null]}
            """)
        let api = try #require(result.api)
        #expect(
            api.enumeration("Kind")?.cases.map(\.name) == ["giroAccount", "sepaTransfer", "empty", "default", "_1st"])
        #expect(api.enumeration("Kind")?.rawType == .string)
        #expect(api.enumeration("Code")?.cases.map(\.name) == ["_1000", "_minus1"])
        #expect(api.enumeration("Code")?.rawType == .integer)
        #expect(api.enumeration("Named")?.cases.map(\.name) == ["low", "high"])
        #expect(api.enumeration("Maybe")?.allowsNull == true)
        #expect(api.enumeration("Maybe")?.cases.map(\.value) == [.string("a")])
    }

    @Test func unionsWithExplicitAndImplicitDiscriminatorMapping() throws {
        let result = try resolveSchemas(
            """
                Pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                    - $ref: '#/components/schemas/Bird'
                  discriminator:
                    propertyName: kind
                    mapping:
                      kitty: '#/components/schemas/Cat'
                      puppy: Dog
                Cat: {type: object, required: [kind], properties: {kind: {type: string}}}
                Dog: {type: object, required: [kind], properties: {kind: {type: string}}}
                Bird: {type: object, required: [kind], properties: {kind: {type: string}}}
                Value:
                  anyOf:
                    - {type: string}
                    - {type: integer}
                    - {type: array, items: {type: string}}
                    - {type: object, properties: {x: {type: string}}}
            """)
        #expect(result.lines == [])
        let api = try #require(result.api)
        let pet = try #require(api.union("Pet"))
        #expect(pet.discriminatorProperty == "kind")
        #expect(pet.cases.map(\.name) == ["cat", "dog", "bird"])
        #expect(pet.cases.map(\.discriminatorValues) == [["kitty"], ["puppy"], ["Bird"]])
        #expect(!pet.isAnyOf)
        let value = try #require(api.union("Value"))
        #expect(value.isAnyOf)
        #expect(value.discriminatorProperty == nil)
        #expect(value.cases.map(\.name) == ["string", "int", "stringArray", "valueCase4"])
        #expect(value.cases.last?.type == .named("ValueCase4"))
    }

    @Test func discriminatorMappingThatPointsNowhere() throws {
        let result = try resolveSchemas(
            """
                Pet:
                  oneOf: [{$ref: '#/components/schemas/Cat'}]
                  discriminator: {propertyName: kind, mapping: {dog: '#/components/schemas/Dog'}}
                Cat: {type: object, properties: {kind: {type: string}}}
            """)
        #expect(
            result.errorLines == [
                "openapi.yaml:9:53: error: discriminator mapping 'dog': unresolved reference '#/components/schemas/Dog': no 'Dog' in '#/components/schemas' [discriminator-mapping]"
            ])
    }

    @Test func nullableUnionsBecomeOptionals() throws {
        let result30 = try resolveSchemas(
            """
                Holder:
                  type: object
                  properties:
                    a: {oneOf: [{$ref: '#/components/schemas/Thing'}, {type: 'string', nullable: true, enum: [null]}]}
                    b: {allOf: [{$ref: '#/components/schemas/Thing'}], nullable: true}
                Thing: {type: object, properties: {x: {type: string}}}
            """)
        let holder30 = try #require(result30.api?.object("Holder"))
        #expect(holder30.property("b")?.type == .nullable(.named("Thing")))
        let result31 = try resolveSchemas(
            """
                Holder:
                  type: object
                  properties:
                    a: {oneOf: [{$ref: '#/components/schemas/Thing'}, {type: 'null'}]}
                    b: {anyOf: [{type: 'null'}, {$ref: '#/components/schemas/Thing'}]}
                    c: {type: [string, 'null']}
                Thing: {type: object, properties: {x: {type: string}}}
            """, version: "3.1.0")
        #expect(result31.lines == [])
        let holder31 = try #require(result31.api?.object("Holder"))
        #expect(
            holder31.properties.map(\.type) == [
                .nullable(.named("Thing")), .nullable(.named("Thing")), .nullable(.primitive(.string)),
            ])
        #expect(result31.api?.types.map(\.name) == ["Holder", "Thing"])
    }

    @Test func allOfMergesObjectsAndKeepsASingleReference() throws {
        let result = try resolveSchemas(
            """
                Base:
                  type: object
                  required: [id]
                  properties: {id: {type: string}, kind: {type: string}}
                Extended:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      required: [name]
                      properties: {name: {type: string}}
                  properties:
                    extra: {type: integer}
                SameAsBase:
                  description: Only annotations beside the reference.
                  allOf: [{$ref: '#/components/schemas/Base'}]
                Conflict:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - {type: object, properties: {id: {type: integer}}}
            """)
        let api = try #require(result.api)
        let extended = try #require(api.object("Extended"))
        #expect(extended.properties.map(\.jsonName) == ["id", "kind", "name", "extra"])
        #expect(extended.properties.map(\.isRequired) == [true, false, true, false])
        #expect(api.type(named: "SameAsBase")?.kind == .alias(.named("Base")))
        #expect(api.object("Conflict")?.property("id")?.type == .primitive(.string))
        #expect(
            result.lines == [
                "openapi.yaml:25:39: warning: allOf members disagree on property 'id': string at openapi.yaml:10:20 and int here; the first is kept [allof-conflict]\n"
                    + "openapi.yaml:10:20: note: the first 'id', which is kept"
            ])
    }
}
