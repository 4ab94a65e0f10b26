import Foundation

/// The numbers a Swift number type holds, for messages about one it cannot.
enum NumberRange: CustomStringConvertible {
    case decimal
    case integer(bits: Int)

    /// The range of `type`; `nil` for types whose range is not worth a message of its own.
    init?(_ type: Any.Type) {
        switch type {
        case is Decimal.Type: self = .decimal
        case is Int.Type, is Int64.Type: self = .integer(bits: 64)
        case is Int32.Type: self = .integer(bits: 32)
        default: return nil
        }
    }

    /// What the message says holds the range: `a Decimal holds`.
    var description: String {
        switch self {
        case .decimal: "a Decimal holds"
        case .integer(let bits): "a \(bits)-bit integer holds"
        }
    }

    /// Whether the type holds `number` (a fraction for an integer type is another mistake, with its own message).
    func holds(_ number: Double) -> Bool {
        switch self {
        case .decimal:
            return number == 0 || (abs(number) >= 1e-128 && abs(number) < 1e127)
        case .integer(let bits):
            let limit = bits == 32 ? 2_147_483_648.0 : 9_223_372_036_854_775_808.0
            return number.rounded() != number || (number >= -limit && number < limit)
        }
    }

    /// The range in numbers.
    var limits: String {
        switch self {
        case .decimal: "magnitudes from 1e-128 to 1e127, with 38 significant digits"
        case .integer(64): "-9223372036854775808 to 9223372036854775807"
        case .integer: "-2147483648 to 2147483647"
        }
    }
}
