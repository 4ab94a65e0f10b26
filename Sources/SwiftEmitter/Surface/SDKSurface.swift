public import Resolver

/// Every public declaration the generator writes for an API with given modes and options, sorted by symbol: the
/// Swift API that apps compile against. Built from the same plans and builders that render the code, so it says
/// exactly what the generated files declare.
public struct SDKSurface: Sendable {
    /// The declarations, sorted by symbol.
    public var declarations: [SDKDeclaration]
    private var index: [String: Int]

    /// A surface of the given declarations.
    public init(declarations: [SDKDeclaration]) {
        self.declarations = declarations.sorted { $0.symbol < $1.symbol }
        var index = [String: Int](minimumCapacity: declarations.count)
        for (position, declaration) in self.declarations.enumerated() { index[declaration.symbol] = position }
        self.index = index
    }

    /// The declaration called `symbol`.
    public subscript(symbol: String) -> SDKDeclaration? {
        index[symbol].map { declarations[$0] }
    }

    /// The public declarations of what `Generator.generate` writes for `api` with `modes` and `options`.
    public static func of(
        _ api: ResolvedAPI, modes: Set<GenerationMode>, options: EmitterOptions, renderer: TemplateRenderer
    ) -> SDKSurface {
        SDKSurface(
            declarations: SDKSurfaceBuilder(api: api, options: options, renderer: renderer).declarations(modes: modes))
    }
}
