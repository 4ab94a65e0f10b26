/// A value a view model hands the templates, its kind stated by the view model rather than found by casting.
///
/// The direct renderer (`DirectTemplate`) branches on the case; the Mustache library, which renders templates the
/// direct renderer does not take, gets the plain Swift value through `libraryValue`. Before this, a lookup returned
/// `Any` and the renderer tried up to six casts on it, each a conformance lookup of the runtime — on a cold process
/// a scan of every conformance record — which was a fifth of generating the Plexus SDK.
enum TemplateValue {
    /// No such name here: the lookup goes on to the enclosing context.
    case missing
    case text(String)
    case flag(Bool)
    case number(Int)
    case texts([String])
    /// View models a section renders once each.
    case list(any DirectList)
    /// A view model with named values of its own.
    case context(any TemplateContext)

    init(_ text: String) { self = .text(text) }
    init(_ text: String?) { self = text.map(TemplateValue.text) ?? .missing }
    init(_ flag: Bool) { self = .flag(flag) }
    init(_ number: Int) { self = .number(number) }
    init(_ number: Int?) { self = number.map(TemplateValue.number) ?? .missing }
    init(_ texts: [String]) { self = .texts(texts) }
    init(_ list: [some TemplateContext]) { self = .list(list) }
    init(_ context: some TemplateContext) { self = .context(context) }
    init(_ context: (some TemplateContext)?) { self = context.map { .context($0) } ?? .missing }

    /// The value as the Mustache library sees it (`nil` for a name that is not there).
    var libraryValue: Any? {
        switch self {
        case .missing: nil
        case .text(let text): text
        case .flag(let flag): flag
        case .number(let number): number
        case .texts(let texts): texts
        case .list(let list): list.libraryValue
        case .context(let context): context
        }
    }

    /// An inverted section renders for nothing, `false` or an empty list.
    var isFalsy: Bool {
        switch self {
        case .missing: true
        case .flag(let flag): !flag
        case .texts(let texts): texts.isEmpty
        case .list(let list): list.elementCount == 0
        case .text, .number, .context: false
        }
    }
}
