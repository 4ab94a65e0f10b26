internal import Resolver

/// The names the operation code declares beside the model types, chosen so none hides a model type: inside
/// `Operations.ListPets.Output`, a model named `Output` or `ListPets` would otherwise be out of reach.
struct OperationNames {
    /// Which operations the names are for.
    var surface: OperationSurface
    /// The namespace of the per-operation types (`Operations`).
    var namespace: String
    /// The server protocol (`APIProtocol`).
    var serverProtocol: String
    /// The client (`Client`; `APIClient` when a model type is called `Client`).
    var client: String
    var input: String
    var output: String
    private var typeNames: [String: String] = [:]
    private var responseMethods: [String: String] = [:]

    init(api: ResolvedAPI, operations: [ResolvedOperation], surface: OperationSurface, mapping: SwiftTypeMapping) {
        self.surface = surface
        var taken = Set(api.types.map { mapping.swiftType(.named($0.name)) })
        func free(_ preferred: String, _ fallback: String) -> String {
            var name = taken.contains(preferred) ? fallback : preferred
            var number = 2
            while taken.contains(name) {
                name = fallback + String(number)
                number += 1
            }
            return name
        }
        let preferred = surface.preferredNames
        namespace = free(preferred.namespace, "API" + preferred.namespace)
        serverProtocol = free(preferred.receiver, surface == .api ? "APIServerProtocol" : "API" + preferred.receiver)
        input = free("Input", "OperationInput")
        output = free("Output", "OperationOutput")
        client = free(preferred.sender, "API" + preferred.sender)
        taken.formUnion([namespace, serverProtocol, input, output, client])
        let methodNames = Set(operations.map(\.name))
        for operation in operations.sorted(by: { $0.name < $1.name }) {
            let upper = operation.name.prefix(1).uppercased() + operation.name.dropFirst()
            let typeName = free(upper, upper + "Operation")
            taken.insert(typeName)
            typeNames[operation.name] = typeName
            let response = operation.name + "Response"
            responseMethods[operation.name] =
                methodNames.contains(response) ? operation.name + "FullResponse" : response
        }
    }

    /// The type in the namespace that holds the operation's input and output.
    func operationType(_ operation: ResolvedOperation) -> String {
        typeNames[operation.name] ?? operation.name
    }

    /// The client method that returns the full response.
    func responseMethod(_ operation: ResolvedOperation) -> String {
        SwiftName.escaped(responseMethods[operation.name] ?? operation.name + "Response")
    }
}
