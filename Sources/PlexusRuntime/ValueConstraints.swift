public import Foundation
import Synchronization

/// What the document requires of a value beyond its type: JSON Schema's `minLength`, `maxLength`, `pattern`, the
/// numeric bounds, `multipleOf`, `minItems`, `maxItems`, and for an array what each item must satisfy.
///
/// Generated server stubs check what they receive against these (parameters always, body members when the decoder
/// is strict, as the stubs' is); clients do not, so an answer a little outside the document is still read.
public struct ValueConstraints: Sendable {
    /// The fewest characters (Unicode code points, as JSON Schema counts) a string may have.
    public var minLength: Int?
    /// The most characters (Unicode code points) a string may have.
    public var maxLength: Int?
    /// ECMA-262 regular expressions a string must match somewhere (unanchored, as JSON Schema reads `pattern`).
    public var patterns: [String]
    /// The smallest allowed number, itself allowed.
    public var minimum: Double?
    /// Numbers must be greater than this.
    public var exclusiveMinimum: Double?
    /// The largest allowed number, itself allowed.
    public var maximum: Double?
    /// Numbers must be less than this.
    public var exclusiveMaximum: Double?
    /// Numbers must be a multiple of this.
    public var multipleOf: Double?
    /// The fewest items an array may have.
    public var minItems: Int?
    /// The most items an array may have.
    public var maxItems: Int?
    /// Stored as an array to give the recursion a size.
    private var itemStorage: [ValueConstraints]

    /// What each item of an array must satisfy.
    public var items: ValueConstraints? { itemStorage.first }

    /// Creates constraints; all absent by default.
    public init(
        minLength: Int? = nil, maxLength: Int? = nil, patterns: [String] = [], minimum: Double? = nil,
        exclusiveMinimum: Double? = nil, maximum: Double? = nil, exclusiveMaximum: Double? = nil,
        multipleOf: Double? = nil, minItems: Int? = nil, maxItems: Int? = nil, items: ValueConstraints? = nil
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.patterns = patterns
        self.minimum = minimum
        self.exclusiveMinimum = exclusiveMinimum
        self.maximum = maximum
        self.exclusiveMaximum = exclusiveMaximum
        self.multipleOf = multipleOf
        self.minItems = minItems
        self.maxItems = maxItems
        self.itemStorage = items.map { [$0] } ?? []
    }

    /// The first requirement `value` fails, in words (`must be at most 2 characters long, found 3`); `nil` when it
    /// satisfies them all. A pattern that is not a regular expression this runtime reads is not checked (the
    /// generator warns about it).
    public func violation(of value: some ConstrainedValue) -> String? {
        violation(of: value.constrainedForm)
    }

    private func violation(of form: ConstrainedForm) -> String? {
        switch form {
        case .text(let text): textViolation(text)
        case .number(let number): numberViolation(number)
        case .list(let items): listViolation(items)
        case .other: nil
        }
    }

    private func textViolation(_ text: String) -> String? {
        if minLength != nil || maxLength != nil {
            let length = text.unicodeScalars.count
            if let minLength, length < minLength {
                return "must be at least \(Self.characters(minLength)) long, found \(length)"
            }
            if let maxLength, length > maxLength {
                return "must be at most \(Self.characters(maxLength)) long, found \(length)"
            }
        }
        for pattern in patterns {
            if let expression = PatternCache.shared.expression(pattern), text.firstMatch(of: expression) == nil {
                return "must match the pattern \(pattern)"
            }
        }
        return nil
    }

    private func numberViolation(_ number: Double) -> String? {
        if let minimum, number < minimum { return "must be at least \(Self.text(minimum))" }
        if let exclusiveMinimum, number <= exclusiveMinimum {
            return "must be greater than \(Self.text(exclusiveMinimum))"
        }
        if let maximum, number > maximum { return "must be at most \(Self.text(maximum))" }
        if let exclusiveMaximum, number >= exclusiveMaximum {
            return "must be less than \(Self.text(exclusiveMaximum))"
        }
        if let multipleOf, multipleOf > 0 {
            let quotient = number / multipleOf
            // A multiple within the rounding of binary floating point (0.3 is 3 × 0.1 to JSON, not to `Double`).
            if abs(quotient - quotient.rounded()) > 1e-9 * max(1, abs(quotient)) {
                return "must be a multiple of \(Self.text(multipleOf))"
            }
        }
        return nil
    }

    private func listViolation(_ list: [ConstrainedForm]) -> String? {
        if let minItems, list.count < minItems {
            return "must have at least \(minItems) item\(minItems == 1 ? "" : "s"), found \(list.count)"
        }
        if let maxItems, list.count > maxItems {
            return "must have at most \(maxItems) item\(maxItems == 1 ? "" : "s"), found \(list.count)"
        }
        guard let itemConstraints = items else { return nil }
        for (index, item) in list.enumerated() {
            if let violation = itemConstraints.violation(of: item) { return "item \(index) \(violation)" }
        }
        return nil
    }

    private static func characters(_ count: Int) -> String {
        count == 1 ? "1 character" : "\(count) characters"
    }

    /// A bound as the document would write it: `1000`, not `1000.0`.
    private static func text(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}

/// A value `ValueConstraints` can judge: text, a number, or a list.
public protocol ConstrainedValue {
    /// The value as constraints see it.
    var constrainedForm: ConstrainedForm { get }
}

/// A value as `ValueConstraints` sees it.
public enum ConstrainedForm: Sendable {
    /// A string, judged by length and patterns.
    case text(String)
    /// A number, judged by bounds and `multipleOf`.
    case number(Double)
    /// An array, judged by its count and its items.
    case list([ConstrainedForm])
    /// Anything else: no constraint applies.
    case other
}

extension String: ConstrainedValue {
    /// The string as text.
    public var constrainedForm: ConstrainedForm { .text(self) }
}

extension Int: ConstrainedValue {
    /// The integer as a number.
    public var constrainedForm: ConstrainedForm { .number(Double(self)) }
}

extension Int32: ConstrainedValue {
    /// The integer as a number.
    public var constrainedForm: ConstrainedForm { .number(Double(self)) }
}

extension Int64: ConstrainedValue {
    /// The integer as a number.
    public var constrainedForm: ConstrainedForm { .number(Double(self)) }
}

extension Double: ConstrainedValue {
    /// The number.
    public var constrainedForm: ConstrainedForm { .number(self) }
}

extension Float: ConstrainedValue {
    /// The number.
    public var constrainedForm: ConstrainedForm { .number(Double(self)) }
}

extension Decimal: ConstrainedValue {
    /// The number, as near as `Double` comes to it.
    public var constrainedForm: ConstrainedForm { .number(NSDecimalNumber(decimal: self).doubleValue) }
}

extension Array: ConstrainedValue {
    /// The items; those of a type constraints do not judge count but are not judged themselves.
    public var constrainedForm: ConstrainedForm {
        .list(map { ($0 as? any ConstrainedValue)?.constrainedForm ?? .other })
    }
}

/// Compiled patterns, shared by every check: a pattern is compiled once per process.
final class PatternCache: Sendable {
    static let shared = PatternCache()
    private let expressions = Mutex<[String: CompiledPattern]>([:])

    /// `pattern` as a Swift regular expression read the way ECMA-262 reads it where the two differ in the common
    /// subset (`\d` and `\w` are ASCII, matching is by Unicode scalar); `nil` when Swift cannot read it.
    func expression(_ pattern: String) -> Regex<AnyRegexOutput>? {
        if let known = expressions.withLock({ $0[pattern] }) { return known.expression }
        let compiled = CompiledPattern(expression: Self.compile(pattern))
        expressions.withLock { $0[pattern] = compiled }
        return compiled.expression
    }

    /// Compiles `pattern` as `expression(_:)` reads it.
    static func compile(_ pattern: String) -> Regex<AnyRegexOutput>? {
        guard let expression = try? Regex(pattern) else { return nil }
        let ecmaScript = expression.asciiOnlyDigits().asciiOnlyWordCharacters().matchingSemantics(.unicodeScalar)
        // One match lowers the expression to its program here, before the cache's lock publishes it, so tasks
        // sharing it later only read it.
        _ = "".firstMatch(of: ecmaScript)
        return ecmaScript
    }
}

/// A compiled pattern shared between tasks. `Regex` is not declared `Sendable` for its generic output, but a
/// compiled expression whose program is already lowered (`PatternCache.compile`) is only read by matching.
private struct CompiledPattern: @unchecked Sendable {
    let expression: Regex<AnyRegexOutput>?
}
