import Foundation
import HTTPTypes
import OpenAPIRuntime

struct Stubs: APIProtocol {
    func createPet(_ input: Operations.CreatePet.Input) async throws -> Operations.CreatePet.Output {
        .created(Pet(id: 1, name: input.body.name))
    }
    func deletePet(_ input: Operations.DeletePet.Input) async throws -> Operations.DeletePet.Output {
        .noContent
    }
    func getPet(_ input: Operations.GetPet.Input) async throws -> Operations.GetPet.Output {
        .notFound(Problem(code: 404, message: input.petID))
    }
    func listPets(_ input: Operations.ListPets.Input) async throws -> Operations.ListPets.Output {
        .ok([], xRateLimit: Int(input.limit ?? 10))
    }
}
