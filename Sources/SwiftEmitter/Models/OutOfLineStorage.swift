internal import Resolver

/// Which values generated code keeps out of line, in an `Indirect` box or an `indirect` enum case, although no
/// recursion requires it: values of generated object and union types.
///
/// Kept inline, a struct holding another repeats the copy, move and destroy code of every value nested in it (Swift
/// emits that code per type, over the whole nested tree), and that code was most of what the compiler spent on a
/// large SDK. Out of line it is one reference per value. The public API does not change: the property keeps its
/// type, and the box is private. Figures: `docs/performance.md`.
struct OutOfLineStorage {
    let api: ResolvedAPI

    /// Whether a value of `type` is kept out of line.
    func holdsOutOfLine(_ type: TypeRef) -> Bool {
        guard case .named(let name) = type, let named = api.type(named: name) else { return false }
        switch named.kind {
        case .object, .union: return true
        case .enumeration, .alias: return false
        }
    }
}
