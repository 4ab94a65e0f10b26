internal import Diagnostics
internal import SwiftEmitter

/// The generated Swift API's changes between two documents: declarations removed, renamed, added, retyped, made
/// optional or required, new cases in enums callers switch over, changed method signatures. Each finding says
/// what it does to code written against the old SDK.
struct SurfaceDiff {
    private(set) var findings: [DiffFinding] = []
    private let old: [SDKDeclaration]
    private let new: [SDKDeclaration]
    private let newBySymbol: [String: SDKDeclaration]
    private let operationPairs: [String: String]
    /// Types and namespaces that hold declarations, mirrors included, on each side.
    private let oldContainers: Set<String>
    private let newContainers: Set<String>
    /// Old top-level type or operation namespace → new, for renamed ones.
    private var prefixRenames: [String: String] = [:]
    /// Old method symbol → new.
    private var methodRenames: [String: String] = [:]
    /// The first part of every renamed name (`Operations` for `Operations.GetPet`): names starting otherwise are
    /// not looked up.
    private var renamedHeads: Set<String> = []

    /// Compares the surfaces; `operationPairs` and `schemaRenames` are the contract diff's pairings (old to new).
    init(old: SDKSurface, new: SDKSurface, operationPairs: [String: String], schemaRenames: [String: String]) {
        self.old = old.declarations.filter { $0.mirrors == nil }
        self.new = new.declarations.filter { $0.mirrors == nil }
        newBySymbol = Dictionary(self.new.map { ($0.symbol, $0) }) { first, _ in first }
        self.operationPairs = operationPairs
        oldContainers = Set(old.declarations.compactMap(\.container)).union(old.declarations.map(\.symbol))
        newContainers = Set(new.declarations.compactMap(\.container)).union(new.declarations.map(\.symbol))
        findRenamedTypes(schemaRenames: schemaRenames)
        findRenamedOperations()
        renamedHeads = Set(
            prefixRenames.keys.map { $0.split(separator: ".", maxSplits: 1).first.map(String.init) ?? $0 })
        compare()
    }

    // MARK: Renames

    private mutating func findRenamedTypes(schemaRenames: [String: String]) {
        let oldSymbols = Set(old.map(\.symbol))
        let gone = old.filter { $0.kind == .type && newBySymbol[$0.symbol] == nil }
        let arrived = new.filter { $0.kind == .type && !oldSymbols.contains($0.symbol) }
        var taken: Set<String> = []
        // The same schema under another Swift name, or a schema the contract diff saw renamed.
        for type in gone {
            guard case .schema(let name) = type.origin else { continue }
            let origin = SDKDeclaration.Origin.schema(schemaRenames[name] ?? name)
            let candidates = arrived.filter { $0.origin == origin && !taken.contains($0.symbol) }
            if candidates.count == 1 {
                prefixRenames[type.symbol] = candidates[0].symbol
                taken.insert(candidates[0].symbol)
            }
        }
        // Otherwise the same members under another name, when exactly one type on each side has them.
        let remainingGone = gone.filter { prefixRenames[$0.symbol] == nil }
        let remainingArrived = arrived.filter { !taken.contains($0.symbol) }
        guard !remainingGone.isEmpty, !remainingArrived.isEmpty else { return }
        let oldMembers = Dictionary(grouping: old.filter { $0.container != nil }) { $0.container ?? "" }
        let newMembers = Dictionary(grouping: new.filter { $0.container != nil }) { $0.container ?? "" }
        let goneShapes = Dictionary(grouping: remainingGone) { Self.shape(of: $0, members: oldMembers) }
        let arrivedShapes = Dictionary(grouping: remainingArrived) { Self.shape(of: $0, members: newMembers) }
        for (shape, types) in goneShapes where types.count == 1 {
            if let candidates = arrivedShapes[shape], candidates.count == 1 {
                prefixRenames[types[0].symbol] = candidates[0].symbol
            }
        }
    }

    /// The members of a type, without its name: what a rename keeps.
    private static func shape(of type: SDKDeclaration, members: [String: [SDKDeclaration]]) -> String {
        type.type + "{"
            + (members[type.symbol] ?? [])
            .map { "\($0.kind.rawValue) \($0.member): \($0.type) \($0.parameters.map { "\($0.label):\($0.type)" })" }
            .sorted().joined(separator: ";") + "}"
    }

    /// Methods of an operation the contract diff paired, under another name; with them the operation's namespace.
    private mutating func findRenamedOperations() {
        let oldSymbols = Set(old.map(\.symbol))
        struct Key: Hashable {
            var kind: SDKDeclaration.Kind
            var origin: SDKDeclaration.Origin
        }
        // The first new declaration of each kind per operation, in order.
        var newByOrigin: [Key: [SDKDeclaration]] = [:]
        for declaration in new where [.method, .requirement, .outputCase].contains(declaration.kind) {
            newByOrigin[Key(kind: declaration.kind, origin: declaration.origin), default: []].append(declaration)
        }
        for declaration in old where [.method, .requirement, .outputCase].contains(declaration.kind) {
            guard case .operation(let route) = declaration.origin else { continue }
            let target = SDKDeclaration.Origin.operation(operationPairs[route] ?? route)
            let candidates = newByOrigin[Key(kind: declaration.kind, origin: target)] ?? []
            if declaration.kind != .outputCase, newBySymbol[declaration.symbol] == nil,
                let renamed = candidates.first(where: {
                    $0.container == declaration.container && !oldSymbols.contains($0.symbol)
                })
            {
                methodRenames[declaration.symbol] = renamed.symbol
            }
            // `Operations.ListPets.Output.ok` → the namespace `Operations.ListPets`.
            if declaration.kind == .outputCase, let oldSpace = Self.operationNamespace(declaration.symbol),
                prefixRenames[oldSpace] == nil, let newCase = candidates.first,
                let newSpace = Self.operationNamespace(newCase.symbol), newSpace != oldSpace
            {
                prefixRenames[oldSpace] = newSpace
            }
        }
    }

    private static func operationNamespace(_ symbol: String) -> String? {
        let parts = symbol.split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return parts.prefix(2).joined(separator: ".")
    }

    /// A symbol or type spelling of the old SDK with renamed types and namespaces spelled as in the new one:
    /// each dotted name (`Operations.GetPet.Output`) has its longest renamed prefix replaced.
    private func translated(_ text: String) -> String {
        guard !prefixRenames.isEmpty else { return text }
        let bytes = Array(text.utf8)
        // Names are ASCII identifiers joined by dots; anything else (and any non-ASCII byte) separates them.
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
                || byte == 0x2E
        }
        var result = ""
        var position = 0
        var changed = false
        while position < bytes.count {
            guard isNameByte(bytes[position]) else {
                let start = position
                while position < bytes.count, !isNameByte(bytes[position]) { position += 1 }
                result += String(decoding: bytes[start..<position], as: UTF8.self)
                continue
            }
            let start = position
            while position < bytes.count, isNameByte(bytes[position]) { position += 1 }
            let name = String(decoding: bytes[start..<position], as: UTF8.self)
            if let renamed = renamedPrefix(of: name) {
                result += renamed
                changed = true
            } else {
                result += name
            }
        }
        return changed ? result : text
    }

    /// `name` with its longest renamed prefix (the whole name, or up to a dot) replaced; `nil` when none is.
    private func renamedPrefix(of name: String) -> String? {
        let head = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        guard renamedHeads.contains(head) else { return nil }
        if let renamed = prefixRenames[name] { return renamed }
        var end = name.endIndex
        while let dot = name[..<end].lastIndex(of: ".") {
            if let renamed = prefixRenames[String(name[..<dot])] { return renamed + name[dot...] }
            end = dot
        }
        return nil
    }

    // MARK: Comparing

    private mutating func compare() {
        // Types that became another kind of type are reported as that, not member by member.
        var retyped: Set<String> = []
        for declaration in old where declaration.kind == .type {
            if let counterpart = newBySymbol[translated(declaration.symbol)],
                translated(declaration.type) != counterpart.type
            {
                retyped.insert(counterpart.symbol)
            }
        }
        let oldContainers = Set(self.oldContainers.map(translated))
        var matched: Set<String> = []
        for declaration in old {
            let symbol = methodRenames[declaration.symbol] ?? translated(declaration.symbol)
            if let counterpart = newBySymbol[symbol] {
                matched.insert(symbol)
                compare(declaration, counterpart)
                continue
            }
            // A member of a type or namespace that is gone, or became another kind, is reported with it.
            if declaration.kind != .type, declaration.kind != .method, declaration.kind != .requirement,
                let container = declaration.container.map(translated),
                !newContainers.contains(container) || retyped.contains(container)
            {
                continue
            }
            removed(declaration)
        }
        for declaration in new where !matched.contains(declaration.symbol) {
            if declaration.kind != .type, declaration.kind != .method, declaration.kind != .requirement,
                let container = declaration.container, !oldContainers.contains(container) || retyped.contains(container)
            {
                continue
            }
            added(declaration)
        }
    }

    private mutating func removed(_ declaration: SDKDeclaration) {
        let name = "`\(declaration.symbol)`"
        switch declaration.kind {
        case .type: add(.swiftTypeRemoved, .breaking, "\(name) is gone", old: declaration, new: nil)
        case .property: add(.swiftPropertyRemoved, .breaking, "\(name) is gone", old: declaration, new: nil)
        case .initializer: add(.swiftInitializerChanged, .breaking, "\(name) is gone", old: declaration, new: nil)
        case .enumCase: add(.swiftEnumCaseRemoved, .breaking, "\(name) is gone", old: declaration, new: nil)
        case .unionCase: add(.swiftUnionCaseRemoved, .breaking, "\(name) is gone", old: declaration, new: nil)
        case .outputCase: add(.swiftOutputCaseRemoved, .breaking, "\(name) is gone", old: declaration, new: nil)
        case .method: add(.swiftMethodRemoved, .breaking, "\(name) is gone", old: declaration, new: nil)
        case .requirement:
            // The implementation's method still compiles as a method, but its signature names the operation's
            // `Input` and `Output`, which are gone with it.
            add(
                .swiftRequirementRemoved, .breaking,
                "\(name) is no longer required, and the operation's `Input` and `Output` that implementations name "
                    + "are gone", old: declaration, new: nil)
        }
    }

    private mutating func added(_ declaration: SDKDeclaration) {
        let name = "`\(declaration.symbol)`"
        switch declaration.kind {
        case .type:
            guard !prefixRenames.values.contains(declaration.symbol) else { return }
            add(.swiftTypeAdded, .compatible, "\(name) is new", old: nil, new: declaration)
        case .property: add(.swiftPropertyAdded, .compatible, "\(name) is new", old: nil, new: declaration)
        case .initializer: break
        case .enumCase:
            add(
                .swiftEnumCaseAdded, .potentiallyBreaking,
                "\(name) is new: a `switch` over `\(declaration.container ?? "")` without `default` stops compiling",
                old: nil, new: declaration)
        case .unionCase:
            add(
                .swiftUnionCaseAdded, .potentiallyBreaking,
                "\(name) is new: a `switch` over `\(declaration.container ?? "")` without `default` stops compiling",
                old: nil, new: declaration)
        case .outputCase:
            add(
                .swiftOutputCaseAdded, .potentiallyBreaking,
                "\(name) is new: a `switch` over `\(declaration.container ?? "")` without `default` stops compiling",
                old: nil, new: declaration)
        case .method:
            add(.swiftMethodAdded, .compatible, "\(name) is new", old: nil, new: declaration)
        case .requirement:
            // A requirement of a protocol that is new itself (the first callback's receiver) has no implementations
            // to break.
            guard let container = declaration.container, oldContainers.contains(container) else {
                add(
                    .swiftRequirementAdded, .compatible,
                    "\(name) is new, in a protocol that is new: nothing implements it yet", old: nil, new: declaration)
                return
            }
            add(
                .swiftRequirementAdded, .breaking, "\(name) is new: every server implementation must implement it",
                old: nil, new: declaration)
        }
    }

    private mutating func compare(_ oldDeclaration: SDKDeclaration, _ newDeclaration: SDKDeclaration) {
        let name = "`\(newDeclaration.symbol)`"
        if oldDeclaration.symbol != newDeclaration.symbol {
            if oldDeclaration.kind == .type {
                add(
                    .swiftTypeRenamed, .breaking, "`\(oldDeclaration.symbol)` is called \(name) now",
                    old: oldDeclaration, new: newDeclaration)
            } else if oldDeclaration.kind == .method {
                add(
                    .swiftMethodRenamed, .breaking, "`\(oldDeclaration.symbol)` is called \(name) now",
                    old: oldDeclaration, new: newDeclaration)
            } else if oldDeclaration.kind == .requirement {
                add(
                    .swiftRequirementAdded, .breaking,
                    "`\(oldDeclaration.symbol)` is called \(name) now: every server implementation must rename its "
                        + "method", old: oldDeclaration, new: newDeclaration)
            }
        }
        let oldType = translated(oldDeclaration.type)
        let newType = newDeclaration.type
        switch newDeclaration.kind {
        case .type:
            if oldType != newType {
                add(
                    .swiftTypeKindChanged, .breaking, "\(name) is `\(newType)` instead of `\(oldType)`",
                    old: oldDeclaration, new: newDeclaration)
            }
        case .property:
            if oldType + "?" == newType {
                add(
                    .swiftPropertyBecameOptional, .breaking, "\(name) is `\(newType)` instead of `\(oldType)`",
                    old: oldDeclaration, new: newDeclaration)
            } else if newType + "?" == oldType {
                add(
                    .swiftPropertyBecameNonOptional, .breaking, "\(name) is `\(newType)` instead of `\(oldType)`",
                    old: oldDeclaration, new: newDeclaration)
            } else if oldType != newType {
                add(
                    .swiftPropertyTypeChanged, .breaking, "\(name) is `\(newType)` instead of `\(oldType)`",
                    old: oldDeclaration, new: newDeclaration)
            }
        case .enumCase, .unionCase, .outputCase:
            if oldType != newType {
                add(
                    .swiftCasePayloadChanged, .breaking,
                    "\(name) carries `\(newType.isEmpty ? "nothing" : newType)` instead of "
                        + "`\(oldType.isEmpty ? "nothing" : oldType)`", old: oldDeclaration, new: newDeclaration)
            }
        case .initializer:
            compareInitializer(oldDeclaration, newDeclaration)
        case .method:
            if oldType != newType {
                add(
                    .swiftReturnTypeChanged, .breaking, "\(name) returns `\(newType)` instead of `\(oldType)`",
                    old: oldDeclaration, new: newDeclaration)
            }
            compareArguments(oldDeclaration, newDeclaration)
        case .requirement:
            break
        }
        if !oldDeclaration.deprecated, newDeclaration.deprecated {
            add(
                .swiftDeprecated, .compatible, "\(name) is deprecated: uses of it warn", old: oldDeclaration,
                new: newDeclaration)
        }
    }

    /// A call written against the old initializer compiles against the new one when every new parameter it does
    /// not pass has a default and every argument it may pass is still there, in the same order.
    private mutating func compareInitializer(_ oldDeclaration: SDKDeclaration, _ newDeclaration: SDKDeclaration) {
        let oldLabels = oldDeclaration.parameters.map(\.label)
        var reasons: [String] = []
        for parameter in newDeclaration.parameters where !parameter.hasDefault {
            if let previous = oldDeclaration.parameters.first(where: { $0.label == parameter.label }) {
                if previous.hasDefault { reasons.append("`\(parameter.label)` has no default any more") }
            } else {
                reasons.append("it needs `\(parameter.label)`")
            }
        }
        let newLabels = newDeclaration.parameters.map(\.label)
        for label in oldLabels where !newLabels.contains(label) { reasons.append("`\(label)` is gone") }
        let kept = oldLabels.filter(newLabels.contains)
        if kept != newLabels.filter(oldLabels.contains) { reasons.append("its parameters come in another order") }
        guard !reasons.isEmpty else { return }
        add(
            .swiftInitializerChanged, .breaking,
            "`\(newDeclaration.symbol)(...)` changed: " + reasons.joined(separator: "; "), old: oldDeclaration,
            new: newDeclaration)
    }

    private mutating func compareArguments(_ oldDeclaration: SDKDeclaration, _ newDeclaration: SDKDeclaration) {
        let name = "`\(newDeclaration.symbol)`"
        let oldParameters = oldDeclaration.parameters.map {
            SDKDeclaration.Parameter(label: $0.label, type: translated($0.type), hasDefault: $0.hasDefault)
        }
        let newParameters = newDeclaration.parameters
        let newLabels = Set(newParameters.map(\.label))
        let oldLabels = Set(oldParameters.map(\.label))
        var renamedTo: [String: String] = [:]
        // A label gone where a new label of the same type stands at the same position: renamed.
        for (position, parameter) in oldParameters.enumerated() where !newLabels.contains(parameter.label) {
            if position < newParameters.count, !oldLabels.contains(newParameters[position].label),
                newParameters[position].type == parameter.type
            {
                renamedTo[parameter.label] = newParameters[position].label
                add(
                    .swiftArgumentRenamed, .breaking,
                    "\(name): argument `\(parameter.label):` is `\(newParameters[position].label):` now",
                    old: oldDeclaration, new: newDeclaration)
            } else {
                add(
                    .swiftArgumentRemoved, .breaking, "\(name): argument `\(parameter.label):` is gone",
                    old: oldDeclaration, new: newDeclaration)
            }
        }
        for parameter in newParameters where !oldLabels.contains(parameter.label) {
            guard !renamedTo.values.contains(parameter.label) else { continue }
            if parameter.hasDefault {
                add(
                    .swiftArgumentAddedWithDefault, .compatible,
                    "\(name) takes `\(parameter.label): \(parameter.type)`, which callers may leave out",
                    old: oldDeclaration, new: newDeclaration)
            } else {
                add(
                    .swiftArgumentAdded, .breaking, "\(name) needs `\(parameter.label): \(parameter.type)`",
                    old: oldDeclaration, new: newDeclaration)
            }
        }
        for parameter in oldParameters {
            guard let counterpart = newParameters.first(where: { $0.label == parameter.label }) else { continue }
            if parameter.type == counterpart.type, parameter.hasDefault == counterpart.hasDefault { continue }
            let argument = "\(name): argument `\(parameter.label):`"
            if parameter.type + "?" == counterpart.type, counterpart.hasDefault {
                add(
                    .swiftArgumentBecameOptional, .compatible,
                    "\(argument) is `\(counterpart.type)` with a default instead of `\(parameter.type)`",
                    old: oldDeclaration, new: newDeclaration)
            } else if counterpart.type + "?" == parameter.type
                || (parameter.type == counterpart.type
                    && parameter.hasDefault && !counterpart.hasDefault)
            {
                add(
                    .swiftArgumentBecameRequired, .breaking,
                    "\(argument) is a required `\(counterpart.type)` instead of `\(parameter.type)`",
                    old: oldDeclaration, new: newDeclaration)
            } else if parameter.type != counterpart.type {
                add(
                    .swiftArgumentTypeChanged, .breaking,
                    "\(argument) is `\(counterpart.type)` instead of `\(parameter.type)`", old: oldDeclaration,
                    new: newDeclaration)
            }
        }
        let kept = oldParameters.map { renamedTo[$0.label] ?? $0.label }.filter(newLabels.contains)
        let order = newParameters.map(\.label).filter { kept.contains($0) }
        if kept != order {
            add(
                .swiftArgumentsReordered, .breaking,
                "\(name) takes \(order.map { "`\($0):`" }.joined(separator: ", ")) in this order now",
                old: oldDeclaration, new: newDeclaration)
        }
    }

    private mutating func add(
        _ check: DiffCheck, _ severity: DiffSeverity, _ message: String, old: SDKDeclaration?,
        new: SDKDeclaration?
    ) {
        let origin = (new ?? old)?.origin
        let subject: String =
            switch origin {
            // A declaration that is gone is filed under the operation as the new document has it.
            case .operation(let route)?: new == nil ? operationPairs[route] ?? route : route
            case .schema(let name)?: "schema \(name)"
            case .securityScheme(let name)?: "security scheme \(name)"
            case nil: ""
            }
        findings.append(
            DiffFinding(check, severity, message, subject: subject, old: old?.location, new: new?.location))
    }
}
