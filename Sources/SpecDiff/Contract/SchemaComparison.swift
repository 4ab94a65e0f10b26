internal import Diagnostics
internal import OpenAPIModel
internal import Resolver

/// Compares the schemas two documents give the same place, in the context (request, response, parameter, header)
/// that decides what a change means. A pair of named types is compared once per context however many operations
/// use it; later operations are added to its findings' `alsoAffects`.
struct SchemaComparison {
    let old: ResolvedAPI
    let new: ResolvedAPI
    private(set) var findings: [DiffFinding] = []
    /// The places compared belong to webhooks or callbacks, whose client is the API.
    var sentByAPI = false
    private var compared: [PairKey: [Int]] = [:]
    private var inProgress: Set<PairKey> = []

    init(old: ResolvedAPI, new: ResolvedAPI) {
        self.old = old
        self.new = new
    }

    private struct PairKey: Hashable {
        var old: String
        var new: String
        var context: SchemaContext
        var sentByAPI: Bool
    }

    /// The place being compared: the operation it belongs to, how messages name it, and where it is written.
    struct Site {
        var subject: String
        var path: String
        var old: SourceLocation?
        var new: SourceLocation?
        /// The body itself rather than something inside it.
        var atRoot: Bool = true

        func inside(_ path: String, old: SourceLocation?, new: SourceLocation?) -> Site {
            Site(subject: subject, path: path, old: old ?? self.old, new: new ?? self.new, atRoot: false)
        }
    }

    /// Compares the old and new type of `site` in `context`; returns the findings it reaches.
    @discardableResult
    mutating func compare(_ oldType: TypeRef, _ newType: TypeRef, _ context: SchemaContext, at site: Site) -> [Int] {
        var reached: [Int] = []
        let oldNullable = oldType.isNullable || isNullableAlias(oldType, in: old)
        let newNullable = newType.isNullable || isNullableAlias(newType, in: new)
        if !oldNullable, newNullable {
            reached += record(.becameNullable, context, site, "\(site.path) may be null now")
        } else if oldNullable, !newNullable {
            reached += record(.becameNonNullable, context, site, "\(site.path) may no longer be null")
        }
        let oldBase = unaliased(oldType.nonNullable, in: old)
        let newBase = unaliased(newType.nonNullable, in: new)
        switch (oldBase, newBase) {
        case (.named(let oldName), .named(let newName)):
            reached += compareNamed(oldName, newName, context, site)
        case (.primitive(let oldPrimitive), .primitive(let newPrimitive)):
            guard oldPrimitive != newPrimitive else { break }
            let change = Self.change(from: oldPrimitive, to: newPrimitive)
            reached += record(
                change, context, site,
                "\(site.path) is \(Self.spelled(newPrimitive)) instead of \(Self.spelled(oldPrimitive))")
        case (.array(let oldElement), .array(let newElement)):
            reached += compare(oldElement, newElement, context, at: site.inside(site.path + "[]", old: nil, new: nil))
        case (.map(let oldValue), .map(let newValue)):
            reached += compare(oldValue, newValue, context, at: site.inside(site.path + "[*]", old: nil, new: nil))
        case (.anyJSON, .anyJSON):
            break
        default:
            reached += record(
                .typeChanged, context, site,
                "\(site.path) is \(describe(newBase, in: new)) instead of \(describe(oldBase, in: old))")
        }
        return reached
    }

    private mutating func compareNamed(_ oldName: String, _ newName: String, _ context: SchemaContext, _ site: Site)
        -> [Int]
    {
        guard let oldType = old.type(named: oldName), let newType = new.type(named: newName) else { return [] }
        let key = PairKey(old: oldName, new: newName, context: context, sentByAPI: sentByAPI)
        if let done = compared[key] {
            for index in done
            where findings[index].subject != site.subject
                && !findings[index].alsoAffects.contains(site.subject)
            {
                findings[index].alsoAffects.append(site.subject)
            }
            return done
        }
        guard inProgress.insert(key).inserted else { return [] }
        defer { inProgress.remove(key) }
        var reached: [Int] = []
        switch (oldType.kind, newType.kind) {
        case (.object(let oldObject), .object(let newObject)):
            reached = compareObjects(oldType, oldObject, newType, newObject, context, site)
        case (.enumeration(let oldEnum), .enumeration(let newEnum)):
            reached = compareEnums(oldType, oldEnum, newType, newEnum, context, site)
        case (.union(let oldUnion), .union(let newUnion)):
            reached = compareUnions(oldType, oldUnion, newType, newUnion, context, site)
        default:
            reached = record(
                .typeChanged, context, site,
                "\(site.path) is \(describe(.named(newName), in: new)) instead of \(describe(.named(oldName), in: old))"
            )
        }
        compared[key] = reached
        return reached
    }

    private mutating func compareObjects(
        _ oldType: NamedType, _ oldObject: ObjectType, _ newType: NamedType, _ newObject: ObjectType,
        _ context: SchemaContext, _ site: Site
    ) -> [Int] {
        // What the other side never sends does not count: read-only properties in requests, write-only in responses.
        func relevant(_ property: Property) -> Bool {
            context.clientsWrite ? !property.isReadOnly : !property.isWriteOnly
        }
        let oldProperties = oldObject.properties.filter(relevant)
        let newProperties = newObject.properties.filter(relevant)
        let newByName = Dictionary(newProperties.map { ($0.jsonName, $0) }) { first, _ in first }
        let oldNames = Set(oldProperties.map(\.jsonName))
        let name = newType.name
        var reached: [Int] = []
        for property in oldProperties where newByName[property.jsonName] == nil {
            let place = site.inside("\(name).\(property.jsonName)", old: property.location, new: newType.location)
            reached += record(
                .propertyRemoved(wasRequired: property.isRequired), context, place,
                "property '\(property.jsonName)' of \(name) is gone")
        }
        for property in oldProperties {
            guard let newProperty = newByName[property.jsonName] else { continue }
            let place = site.inside(
                "\(name).\(property.jsonName)", old: property.location, new: newProperty.location)
            let oldRequired = property.isRequired
            let newRequired = newProperty.isRequired
            if !oldRequired, newRequired {
                reached += record(.becameRequired, context, place, "\(place.path) is required now")
            } else if oldRequired, !newRequired {
                reached += record(.becameOptional, context, place, "\(place.path) is optional now")
            }
            reached += compare(property.type, newProperty.type, context, at: place)
        }
        for property in newProperties where !oldNames.contains(property.jsonName) {
            let required = property.isRequired
            let place = site.inside("\(name).\(property.jsonName)", old: oldType.location, new: property.location)
            reached += record(
                .propertyAdded(required: required), context, place,
                "\(name) has a new \(required ? "required" : "optional") property '\(property.jsonName)'")
        }
        return reached
    }

    private mutating func compareEnums(
        _ oldType: NamedType, _ oldEnum: EnumType, _ newType: NamedType, _ newEnum: EnumType,
        _ context: SchemaContext, _ site: Site
    ) -> [Int] {
        let place = site.inside(site.path, old: oldType.location, new: newType.location)
        let oldValues = oldEnum.cases.map(\.value)
        let newValues = newEnum.cases.map(\.value)
        var reached: [Int] = []
        for value in oldValues where !newValues.contains(value) {
            reached += record(.enumValueRemoved, context, place, "\(site.path) no longer allows \(Self.spelled(value))")
        }
        for value in newValues where !oldValues.contains(value) {
            reached += record(.enumValueAdded, context, place, "\(site.path) allows \(Self.spelled(value)) now")
        }
        return reached
    }

    private mutating func compareUnions(
        _ oldType: NamedType, _ oldUnion: UnionType, _ newType: NamedType, _ newUnion: UnionType,
        _ context: SchemaContext, _ site: Site
    ) -> [Int] {
        let place = site.inside(site.path, old: oldType.location, new: newType.location)
        var reached: [Int] = []
        if oldUnion.discriminatorProperty != newUnion.discriminatorProperty {
            let before = oldUnion.discriminatorProperty.map { "'\($0)'" } ?? "none"
            let after = newUnion.discriminatorProperty.map { "'\($0)'" } ?? "none"
            reached += record(
                .discriminatorChanged, context, place,
                "\(site.path) is told apart by \(after) instead of \(before)")
        }
        // Variants pair up by their type, else by a discriminator value they share.
        var unmatched = Array(newUnion.cases.indices)
        var pairs: [(UnionType.Case, UnionType.Case)] = []
        var removed: [UnionType.Case] = []
        for oldCase in oldUnion.cases {
            let match =
                unmatched.firstIndex { newUnion.cases[$0].type == oldCase.type }
                ?? unmatched.firstIndex {
                    !Set(newUnion.cases[$0].discriminatorValues).isDisjoint(with: oldCase.discriminatorValues)
                }
            if let match {
                pairs.append((oldCase, newUnion.cases[unmatched[match]]))
                unmatched.remove(at: match)
            } else {
                removed.append(oldCase)
            }
        }
        for oldCase in removed {
            reached += record(
                .variantRemoved, context, place,
                "\(site.path) no longer accepts the variant \(describe(oldCase.type, in: old))")
        }
        for (oldCase, newCase) in pairs {
            if newUnion.discriminatorProperty != nil, oldUnion.discriminatorProperty == newUnion.discriminatorProperty,
                Set(oldCase.discriminatorValues) != Set(newCase.discriminatorValues)
            {
                reached += record(
                    .discriminatorChanged, context, place,
                    "\(site.path): the variant \(describe(newCase.type, in: new)) is selected by "
                        + "\(newCase.discriminatorValues.map { "'\($0)'" }.joined(separator: ", ")) instead of "
                        + oldCase.discriminatorValues.map { "'\($0)'" }.joined(separator: ", "))
            }
            reached += compare(
                oldCase.type, newCase.type, context,
                at: site.inside("\(site.path) (\(describe(newCase.type, in: new)))", old: nil, new: nil))
        }
        for index in unmatched {
            reached += record(
                .variantAdded, context, place,
                "\(site.path) has a new variant \(describe(newUnion.cases[index].type, in: new))")
        }
        return reached
    }

    /// Records a finding, if a check judges `change` in `context`; returns its index.
    private mutating func record(_ change: SchemaChange, _ context: SchemaContext, _ site: Site, _ message: String)
        -> [Int]
    {
        guard let check = change.check(in: context, atRoot: site.atRoot) else { return [] }
        let effects = change.effects(clientsWrite: context.clientsWrite)
        var finding = DiffFinding(
            check, clients: effects.clients, servers: effects.servers, message, subject: site.subject, old: site.old,
            new: site.new)
        finding.sentByAPI = sentByAPI
        findings.append(finding)
        return [findings.count - 1]
    }

    // MARK: Types

    private func unaliased(_ type: TypeRef, in api: ResolvedAPI) -> TypeRef {
        var current = type
        var seen: Set<String> = []
        while case .named(let name) = current, seen.insert(name).inserted,
            case .alias(let target)? = api.type(named: name)?.kind
        {
            current = target.nonNullable
        }
        return current
    }

    private func isNullableAlias(_ type: TypeRef, in api: ResolvedAPI) -> Bool {
        guard case .named(let name) = type, case .alias(let target)? = api.type(named: name)?.kind else {
            return false
        }
        return target.isNullable
    }

    /// A type in words for messages: `object Pet`, `enum Kind`, `string (uuid)`, `array of Pet`.
    private func describe(_ type: TypeRef, in api: ResolvedAPI) -> String {
        switch type {
        case .named(let name):
            switch api.type(named: name)?.kind {
            case .object?: return "object \(name)"
            case .enumeration?: return "enum \(name)"
            case .union?: return "union \(name)"
            case .alias(let target)?: return describe(target, in: api)
            case nil: return name
            }
        case .primitive(let primitive): return Self.spelled(primitive)
        case .array(let element): return "array of \(describe(element, in: api))"
        case .map(let value): return "map of \(describe(value, in: api))"
        case .nullable(let wrapped): return describe(wrapped, in: api) + " or null"
        case .anyJSON: return "any JSON"
        }
    }

    private static func spelled(_ primitive: Primitive) -> String {
        switch primitive {
        case .string: "string"
        case .int: "integer"
        case .int32: "integer (int32)"
        case .int64: "integer (int64)"
        case .double: "number (double)"
        case .float: "number (float)"
        case .decimal: "number (decimal)"
        case .number: "number"
        case .bool: "boolean"
        case .date: "string (date)"
        case .dateTime: "string (date-time)"
        case .uuid: "string (uuid)"
        case .uri: "string (uri)"
        case .base64: "string (byte)"
        case .binary: "string (binary)"
        }
    }

    private static func spelled(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "'\(text)'"
        case .integer(let number): String(number)
        default: "\(value)"
        }
    }

    private enum Family { case string, integer, number, boolean }

    private static func family(_ primitive: Primitive) -> Family {
        switch primitive {
        case .string, .date, .dateTime, .uuid, .uri, .base64, .binary: .string
        case .int, .int32, .int64: .integer
        case .double, .float, .decimal, .number: .number
        case .bool: .boolean
        }
    }

    /// How far a number format reaches: a wider one holds every value of a narrower one.
    private static func width(_ primitive: Primitive) -> Int {
        switch primitive {
        case .int32: 1
        case .int, .int64: 2
        case .float: 3
        case .double: 4
        case .decimal, .number: 5
        default: 0
        }
    }

    /// A format change when the JSON type stays (or an integer becomes a number), else a type change.
    static func change(from old: Primitive, to new: Primitive) -> SchemaChange {
        switch (family(old), family(new)) {
        case (.string, .string): return .formatChanged(widened: new == .string, narrowed: old == .string)
        case (.integer, .integer), (.number, .number), (.integer, .number), (.number, .integer):
            return .formatChanged(widened: width(new) >= width(old), narrowed: width(new) <= width(old))
        default: return .typeChanged
        }
    }
}
