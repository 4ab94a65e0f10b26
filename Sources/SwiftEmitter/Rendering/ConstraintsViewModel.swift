internal import Mustache

/// The constraints a generated server stub checks a value against, as `Constraints.mustache` spells them: one
/// labelled argument per keyword (`maxLength: 2`, `patterns: ["^[A-Z]{3}$"]`), values already Swift literals.
struct ConstraintsViewModel: MustacheParent {
    /// One keyword and its value.
    struct Argument: MustacheParent {
        /// The initializer's label (`maxLength`).
        var label: String
        /// The value as a Swift literal or expression (`2`, `["^[A-Z]{3}$"]`, an items' `ValueConstraints(…)`).
        var value: String

        func child(named key: String) -> Any? {
            switch key {
            case "label": label
            case "value": value
            default: nil
            }
        }
    }

    /// The keywords, in the initializer's parameter order.
    var arguments: [Argument]

    func child(named key: String) -> Any? {
        key == "arguments" ? arguments : nil
    }
}
