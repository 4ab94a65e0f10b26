import Foundation
import Testing

@testable import Resolver

/// What a pointer reaches in an OpenAPI document, by the structure the specification gives it.
@Suite struct DocumentPlaceTests {
    @Test(arguments: [
        ("/components/schemas/Pet", DocumentPlace.object(.schemas)),
        ("/components/parameters/Limit", .object(.parameters)),
        ("/components/responses/NotFound/headers/Retry-After", .object(.headers)),
        ("/components/schemas/Pet/properties/owner/items", .object(.schemas)),
        ("/components/schemas/Pet/allOf/1", .object(.schemas)),
        ("/paths/~1pets", .object(.pathItems)),
        ("/paths/~1pets/parameters/0", .object(.parameters)),
        ("/paths/~1pets/get/parameters/2", .object(.parameters)),
        ("/paths/~1pets/post/requestBody", .object(.requestBodies)),
        ("/paths/~1pets/get/responses/200", .object(.responses)),
        ("/paths/~1pets/get/responses/200/content/application~1json/schema", .object(.schemas)),
        ("/paths/~1pets/get/responses/200/content/application~1json/examples/one", .object(.examples)),
        ("/paths/~1pets/post/callbacks/onEvent", .object(.callbacks)),
        ("/paths/~1pets/post/callbacks/onEvent/{$request.body#~1url}", .object(.pathItems)),
        ("/webhooks/newPet", .object(.pathItems)),
        ("/paths", .other),
        ("/paths/~1pets/get/responses", .other),
        ("/paths/~1pets/get/parameters", .other),
        ("/info", .other),
        ("/components/schemas", .other),
        ("/paths/~1pets/get/parameters/first", .unknown),
        ("/x-extension/schema", .unknown),
        ("/components/schemas/Pet/enum/0", .unknown),
    ])
    func pointersReachWhatTheStructureSays(pointer: String, place: DocumentPlace) {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
        #expect(DocumentPlace(tokens: Array(tokens)) == place)
    }
}
