internal import Mustache

/// The constraints a generated server stub checks a value against, as `Constraints.mustache` spells them: one
/// labelled argument per keyword (`maxLength: 2`, `patterns: ["^[A-Z]{3}$"]`), values already Swift literals.
struct ConstraintsViewModel: TemplateContext {
    /// One keyword and its value.
    struct Argument: TemplateContext {
        /// The initializer's label (`maxLength`).
        var label: String
        /// The value as a Swift literal or expression (`2`, `["^[A-Z]{3}$"]`, an items' `ValueConstraints(…)`).
        var value: String

        func templateValue(named key: String) -> TemplateValue {
            switch key {
            case "label": .init(label)
            case "value": .init(value)
            default: .missing
            }
        }
    }

    /// The keywords, in the initializer's parameter order.
    var arguments: [Argument]

    func templateValue(named key: String) -> TemplateValue {
        key == "arguments" ? .init(arguments) : .missing
    }
}
