/// Copy-on-write storage for a value type with many fields: copies share one box until one of them is changed, so
/// copying the value costs one retain however many reference-counted fields it has.
///
/// Model types (`JSONSchema`, `Operation`, ...) keep their fields here and forward their public properties to it.
struct CopyOnWrite<Fields: Sendable>: @unchecked Sendable {
    // The box is written only after `isKnownUniquelyReferenced` made it unique to this value, so no other value
    // can read it while it changes; that is what makes the unchecked conformance sound.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    init(_ fields: Fields) {
        box = Box(fields)
    }

    /// The fields, read in place.
    var fields: Fields {
        _read { yield box.fields }
    }

    /// Changes the fields, first copying them if another value shares the box.
    mutating func update(_ body: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        body(&box.fields)
    }

    /// True when both values share one box, and so are equal without comparing fields.
    func sharesStorage(with other: CopyOnWrite) -> Bool { box === other.box }
}

/// Values that share one box are equal without comparing their fields, so the model types' synthesized `==` is
/// cheap for copies.
extension CopyOnWrite: Equatable where Fields: Equatable {
    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.sharesStorage(with: rhs) || lhs.fields == rhs.fields
    }
}
