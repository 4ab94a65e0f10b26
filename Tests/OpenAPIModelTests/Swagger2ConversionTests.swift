import Diagnostics
import OpenAPIModel
import Testing
import YAMLLoader

/// A Swagger 2.0 document using every construct the conversion handles.
private let swagger2Document = """
    swagger: "2.0"
    info: {title: Pets, version: "1.0"}
    host: pets.example.com
    basePath: /v2
    schemes: [https, http]
    consumes: [application/json]
    produces: [application/json, application/xml]
    paths:
      /pets/{id}:
        parameters:
          - {name: id, in: path, required: true, type: integer, format: int64}
        get:
          operationId: getPet
          parameters:
            - {name: tags, in: query, type: array, items: {type: string}}
            - {name: ids, in: query, type: array, collectionFormat: multi, items: {type: integer}}
            - {name: pipes, in: query, type: array, collectionFormat: pipes, items: {type: string}}
            - {name: X-Trace, in: header, type: array, items: {type: string}}
            - $ref: '#/parameters/Limit'
          responses:
            "200":
              description: the pet
              headers:
                X-Rate: {type: integer, description: calls left}
              schema: {$ref: '#/definitions/Pet'}
              examples:
                application/json: {id: 1, name: Rex}
            default: {$ref: '#/responses/Problem'}
        put:
          operationId: replacePet
          consumes: [application/json, text/plain]
          parameters:
            - $ref: '#/parameters/PetBody'
          responses:
            "204": {description: replaced}
        post:
          operationId: uploadPhoto
          consumes: [multipart/form-data]
          parameters:
            - {name: photo, in: formData, type: file, required: true, description: the photo}
            - {name: caption, in: formData, type: string}
            - {name: tabs, in: query, type: array, collectionFormat: tsv, items: {type: string}}
          responses:
            "201": {description: stored}
    definitions:
      Pet:
        type: object
        required: [id, name]
        discriminator: kind
        properties:
          id: {type: integer, format: int64}
          name: {type: string}
          kind: {type: string}
          nickname: {type: string, x-nullable: true}
          friends: {type: array, items: {$ref: '#/definitions/Pet'}}
          photo: {type: file}
    parameters:
      Limit: {name: limit, in: query, type: integer, maximum: 100}
      PetBody: {name: pet, in: body, required: true, schema: {$ref: '#/definitions/Pet'}}
    responses:
      Problem:
        description: a problem
        schema: {type: object, properties: {message: {type: string}}}
    securityDefinitions:
      basicAuth: {type: basic}
      key: {type: apiKey, name: X-Key, in: header}
      oauth:
        type: oauth2
        flow: accessCode
        authorizationUrl: https://auth.example.com/authorize
        tokenUrl: https://auth.example.com/token
        scopes: {read: read pets}
    security:
      - oauth: [read]
    """

private func converted(_ text: String) throws -> DecodedDocument {
    OpenAPIDecoder.decode(try DocumentLoader().load(bytes: Array(text.utf8), file: "swagger.yaml"))
}

@Suite("Swagger 2.0 conversion")
struct Swagger2ConversionTests {
    @Test("a 2.0 document reads as the OpenAPI 3.0 document it describes")
    func documentConverts() throws {
        let decoded = try converted(swagger2Document)
        let document = try #require(decoded.document)
        #expect(document.version == .v3_0)
        #expect(document.servers.map(\.url) == ["https://pets.example.com/v2", "http://pets.example.com/v2"])
        // Servers are placed where `host` is written.
        #expect(document.servers.first?.location.line == 3)

        let item = try #require(document.paths["/pets/{id}"]?.value)
        let get = try #require(item.operation(.get))
        let parameters = get.parameters.compactMap(\.value)
        func parameter(_ name: String) -> Parameter? { parameters.first { $0.name == name } }
        #expect(parameter("tags")?.style == .form)
        #expect(parameter("tags")?.explode == false)
        #expect(parameter("tags")?.schema?.items?.types == [.string])
        #expect(parameter("ids")?.explode == true)
        #expect(parameter("pipes")?.style == .pipeDelimited)
        #expect(parameter("X-Trace")?.style == .simple)
        #expect(get.parameters.last?.reference?.ref == "#/components/parameters/Limit")
        #expect(document.components.parameters["Limit"]?.value?.schema?.maximum == 100)

        let ok = try #require(get.responses["200"]?.value)
        #expect(ok.content.keys == ["application/json", "application/xml"])
        #expect(ok.content["application/json"]?.schema?.ref?.ref == "#/components/schemas/Pet")
        #expect(ok.content["application/json"]?.example != nil)
        #expect(ok.content["application/xml"]?.example == nil)
        #expect(ok.headers["X-Rate"]?.value?.schema?.types == [.integer])
        #expect(get.responses["default"]?.reference?.ref == "#/components/responses/Problem")
        #expect(
            document.components.responses["Problem"]?.value?.content.keys == ["application/json", "application/xml"])

        // A shared body parameter read with the operation's own media types is converted in place.
        let put = try #require(item.operation(.put))
        let body = try #require(put.requestBody?.value)
        #expect(body.required)
        #expect(body.content.keys == ["application/json", "text/plain"])
        #expect(body.content["text/plain"]?.schema?.ref?.ref == "#/components/schemas/Pet")
        #expect(document.components.requestBodies["PetBody"]?.value?.content.keys == ["application/json"])

        let post = try #require(item.operation(.post))
        let form = try #require(post.requestBody?.value?.content["multipart/form-data"]?.schema)
        #expect(post.requestBody?.value?.required == true)
        #expect(form.properties.keys == ["photo", "caption"])
        #expect(form.properties["photo"]?.types == [.string])
        #expect(form.properties["photo"]?.format == "binary")
        #expect(form.properties["photo"]?.description == "the photo")
        #expect(form.required.map(\.value) == ["photo"])
        // The path-level `id` parameter stays at the path level.
        #expect(item.parameters.compactMap(\.value?.name) == ["id"])

        let pet = try #require(document.components.schemas["Pet"])
        #expect(pet.discriminator?.propertyName == "kind")
        #expect(pet.properties["nickname"]?.nullable == true)
        #expect(pet.properties["photo"]?.format == "binary")
        #expect(pet.properties["friends"]?.items?.ref?.ref == "#/components/schemas/Pet")

        let schemes = document.components.securitySchemes
        guard case .http(let scheme, _)? = schemes["basicAuth"]?.value?.kind else {
            Issue.record("basic is not HTTP basic")
            return
        }
        #expect(scheme == "basic")
        guard case .oauth2(let flows)? = schemes["oauth"]?.value?.kind else {
            Issue.record("oauth2 not converted")
            return
        }
        #expect(flows.authorizationCode?.tokenUrl == "https://auth.example.com/token")
        #expect(flows.authorizationCode?.scopes.keys == ["read"])
        guard case .apiKey(let name, let location)? = schemes["key"]?.value?.kind else {
            Issue.record("apiKey not converted")
            return
        }
        #expect(name == "X-Key" && location == .header)
    }

    @Test("what OpenAPI 3 cannot say is a located warning, and only that")
    func conversionWarnings() throws {
        let decoded = try converted(swagger2Document)
        #expect(
            decoded.diagnostics.map(\.description) == [
                "swagger.yaml:42:66: warning: collectionFormat 'tsv' has no OpenAPI 3 equivalent in a query parameter; it is read as comma-separated [swagger2-conversion]"
            ])
    }

    @Test("diagnostics about a converted document point at lines and columns of the 2.0 file")
    func diagnosticsPointIntoTheSwagger2File() throws {
        let text = """
            swagger: "2.0"
            info: {title: T, version: "1"}
            paths:
              /a:
                get:
                  parameters:
                    - {name: q, in: query, type: strnig}
                  responses:
                    "200":
                      schema: {$ref: '#/definitions/Missing'}
            definitions:
              Pet: {type: object, properties: {age: {type: integer, minimum: low}}}
            """
        let decoded = try converted(text)
        #expect(
            decoded.diagnostics.map(\.description) == [
                "swagger.yaml:7:38: error: invalid value 'strnig' for 'type' in schema; expected one of array, boolean, integer, number, object, string [invalid-value]",
                "swagger.yaml:10:11: error: missing required field 'description' in response [missing-field]",
                "swagger.yaml:12:66: error: expected a number for 'minimum' in schema, found string 'low' [wrong-type]",
            ])
    }

    @Test("a document that is not Swagger 2.0 is loaded unchanged")
    func otherDocumentsAreUnchanged() throws {
        let text = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\n"
        let yaml = try DocumentLoader().load(bytes: Array(text.utf8), file: "a.yaml")
        #expect(yaml.convertedFrom == nil)
        #expect(yaml.root["openapi"]?.scalar == "3.1.0")
        let old = try DocumentLoader().load(bytes: Array("swagger: '1.2'\n".utf8), file: "b.yaml")
        #expect(old.convertedFrom == nil)
    }
}
