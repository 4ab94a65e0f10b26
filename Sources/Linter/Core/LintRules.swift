/// Every rule plexus-gen knows, in documentation order.
public enum LintRules {
    static let all: [LintRule] =
        ValidityRules.rules + OperationRules.rules + PathRules.rules + ServerRules.rules
        + SecurityRules.rules + DocumentationRules.rules + SchemaRules.rules + CodegenRules.rules

    /// The descriptors of every rule, sorted by category then id.
    public static var descriptors: [RuleDescriptor] { all.map(\.descriptor) }
}
