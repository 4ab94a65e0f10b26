internal import OpenAPIModel
internal import Resolver

/// The operations the options select, planned once for the operation types and the server stubs, with those the
/// generated code cannot carry set aside with the reason.
struct OperationPlans {
    var coding: OperationCoding
    var names: OperationNames
    var plans: [OperationPlan]
    var skipped: [ClientEmitter.SkippedOperation]

    init(api: ResolvedAPI, options: EmitterOptions, renderer: TemplateRenderer, surface: OperationSurface = .api) {
        let mapping = SwiftTypeMapping(options: options, api: api)
        let selected = surface.operations(of: api, filter: options.operationFilter)
        coding = OperationCoding(mapping: mapping, api: api, renderer: renderer)
        names = OperationNames(api: api, operations: selected, surface: surface, mapping: mapping)
        plans = []
        skipped = []
        for operation in selected.sorted(by: { $0.name < $1.name }) {
            switch OperationPlan.make(operation, typeName: names.operationType(operation), coding: coding) {
            case .success(let plan): plans.append(plan)
            case .failure(let reason): skipped.append(.init(operation: operation, reason: reason.description))
            }
        }
    }

    /// One generated file: `model` rendered through `template`, under the file header and `imports` (with the
    /// declarations' access level for the modules their signatures use).
    static func file(
        _ path: String, model: some TemplateContext, template: String, imports modules: [String], publicly: Set<String>,
        options: EmitterOptions, renderer: TemplateRenderer
    ) -> GeneratedFile {
        var rendered = renderer.render(model, template: template)
        if rendered.hasSuffix("\n") { rendered.removeLast() }
        let access = options.accessModifier
        let imports = modules.map {
            ImportViewModel(
                module: $0, importAccess: access == .internal || !publicly.contains($0) ? nil : access.rawValue)
        }
        let file = FileViewModel(source: options.sourceName, imports: imports, declarations: [rendered])
        return GeneratedFile(path: path, contents: renderer.render(file, template: "File"))
    }
}
