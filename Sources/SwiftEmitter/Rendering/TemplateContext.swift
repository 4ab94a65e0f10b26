internal import Mustache

/// A view model the templates look names up in: every value typed (`TemplateValue`), so the direct renderer
/// never casts; the Mustache library reads the same values through `child(named:)`.
protocol TemplateContext: MustacheParent {
    /// The value called `key`, or `.missing`.
    func templateValue(named key: String) -> TemplateValue
}

extension TemplateContext {
    /// The library's lookup, for templates the direct renderer does not take.
    func child(named key: String) -> Any? { templateValue(named: key).libraryValue }
}

/// A list a section renders once per element, read without casting each element.
protocol DirectList {
    var elementCount: Int { get }
    /// The element at `index` as a context.
    func element(at index: Int) -> any TemplateContext
    /// The list as the Mustache library sees it: the array itself.
    var libraryValue: Any { get }
}

extension Array: DirectList where Element: TemplateContext {
    var elementCount: Int { count }
    func element(at index: Int) -> any TemplateContext { self[index] }
    var libraryValue: Any { self }
}
