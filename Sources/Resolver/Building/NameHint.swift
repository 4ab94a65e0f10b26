/// Where an inline type would get its name from, kept in parts until a type is actually declared: most schemas
/// (strings, numbers, references) never need the name, and building it for each would cost an allocation.
struct NameHint {
    /// The start of the name, e.g. the parent type's Swift name.
    var prefix: String
    /// A document name to convert to a Swift type name and append, e.g. a property's JSON key.
    var rawSuffix: String?
    /// A literal suffix after that, e.g. `Item` for array items.
    var suffix: String?

    init(_ prefix: String, raw rawSuffix: String? = nil) {
        self.prefix = prefix
        self.rawSuffix = rawSuffix
    }

    /// The hint with `literal` appended.
    func appending(_ literal: String) -> NameHint {
        var hint = self
        hint.suffix = (suffix ?? "") + literal
        return hint
    }
}
