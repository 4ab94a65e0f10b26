internal import OpenAPIModel
internal import Resolver

/// Builds the view model of an object type: stored properties, initializer, coding keys and the `Codable`
/// implementation that keeps required, optional and nullable apart (absent is not `null`).
struct StructBuilder {
    let mapping: SwiftTypeMapping
    let api: ResolvedAPI
    let access: String

    /// How one property is stored and coded.
    private struct Plan {
        var property: Property
        var name: String
        var key: String
        var base: TypeRef
        var baseType: String
        var isNullable: Bool
        var defaultLiteral: String?
        var boxed: Bool
        var isDateTime: Bool { base == .primitive(.dateTime) }
        var isDateTimeArray: Bool { base == .array(.primitive(.dateTime)) }
        /// Stored under `_name` behind a computed property (defaults, deprecation, boxing).
        var usesAccessor: Bool { defaultLiteral != nil || property.isDeprecated || boxed }
        var storageName: String { usesAccessor ? "_\(property.name)" : name }
    }

    func build(_ type: NamedType, _ object: ObjectType) -> StructViewModel {
        let plans = object.properties.map { plan($0, in: type) }
        var members: [MemberViewModel] = []
        var parameters: [String] = []
        var assignments: [String] = []
        var decode: [String] = []
        var encode: [String] = []
        if !plans.isEmpty {
            decode.append("let container = try decoder.container(keyedBy: CodingKeys.self)")
            encode.append("var container = encoder.container(keyedBy: CodingKeys.self)")
        }
        for plan in plans {
            members.append(member(plan))
            parameters.append(parameter(plan))
            assignments.append(assignment(plan))
            decode.append(decodeLine(plan))
            encode.append(encodeLine(plan))
        }
        if let additional = object.additionalProperties {
            let valueType = mapping.swiftType(additional)
            members.append(
                MemberViewModel(
                    docLines: ["/// Properties beyond the documented ones, by key."],
                    lines: ["\(access) var additionalProperties: [String: \(valueType)]"]))
            parameters.append("additionalProperties: [String: \(valueType)] = [:]")
            assignments.append("self.additionalProperties = additionalProperties")
            let known = plans.isEmpty ? "[]" : "Set(CodingKeys.allCases.map(\\.rawValue))"
            decode += [
                "let known: Set<String> = \(known)",
                "let extra = try decoder.container(keyedBy: DynamicCodingKey.self)",
                "var additionalProperties: [String: \(valueType)] = [:]",
                "for key in extra.allKeys where !known.contains(key.stringValue) {",
                "    additionalProperties[key.stringValue] = try extra.decode(\(valueType).self, forKey: key)",
                "}",
                "self.additionalProperties = additionalProperties",
            ]
            encode += [
                "var extra = encoder.container(keyedBy: DynamicCodingKey.self)",
                "for (key, value) in additionalProperties.sorted(by: { $0.key < $1.key }) {",
                "    try extra.encode(value, forKey: DynamicCodingKey(key))",
                "}",
            ]
        }
        let joined = parameters.joined(separator: ", ")
        let initParameters =
            joined.count <= 80
            ? joined
            : "\n        " + parameters.joined(separator: ",\n        ") + "\n    "
        return StructViewModel(
            docLines: DocComment.lines(title: type.title, description: type.description),
            attributes: [], access: access, name: type.name, members: members, initParameters: initParameters,
            initAssignments: assignments, hasCodingKeys: !plans.isEmpty,
            codingKeys: plans.map {
                CodingKeyViewModel(name: $0.key, rawValue: SwiftSource.stringLiteralContents($0.property.jsonName))
            },
            decodeLines: decode, encodeLines: encode)
    }

    private func plan(_ property: Property, in type: NamedType) -> Plan {
        let base = property.type.nonNullable
        let boxed: Bool = {
            guard type.needsIndirection, case .named(let target) = base else { return false }
            return api.type(named: target)?.needsIndirection == true
        }()
        let defaultLiteral =
            property.isRequired || property.type.isNullable
            ? nil : property.defaultValue.flatMap { literal($0, for: base) }
        return Plan(
            property: property, name: SwiftName.escaped(property.name), key: SwiftName.escaped(property.name),
            base: base, baseType: mapping.swiftType(base), isNullable: property.type.isNullable,
            defaultLiteral: defaultLiteral, boxed: boxed)
    }

    /// The Swift type a caller sees.
    private func publicType(_ plan: Plan) -> String {
        if plan.defaultLiteral != nil { return plan.baseType }
        if plan.property.isRequired { return plan.isNullable ? "\(plan.baseType)?" : plan.baseType }
        return plan.isNullable && !plan.isDateTime ? "Nullable<\(plan.baseType)>?" : "\(plan.baseType)?"
    }

    /// The Swift type of the stored value.
    private func storedType(_ plan: Plan) -> String {
        if plan.defaultLiteral != nil { return "\(plan.baseType)?" }
        if plan.boxed {
            return plan.property.isRequired && !plan.isNullable
                ? "Indirect<\(plan.baseType)>" : "Indirect<\(plan.baseType)>?"
        }
        return publicType(plan)
    }

    private func member(_ plan: Plan) -> MemberViewModel {
        var docLines = DocComment.lines(title: nil, description: plan.property.description)
        if plan.defaultLiteral != nil {
            docLines += docLines.isEmpty ? [] : ["///"]
            docLines.append("/// Defaults to `\(SwiftSource.commentText(plan.defaultLiteral ?? ""))` when absent.")
        }
        guard plan.usesAccessor else {
            return MemberViewModel(docLines: docLines, lines: ["\(access) var \(plan.name): \(publicType(plan))"])
        }
        let storage = plan.storageName
        let getter: String
        let setter: String
        if let defaultLiteral = plan.defaultLiteral {
            getter = "\(storage) ?? \(defaultLiteral)"
            setter = "\(storage) = newValue"
        } else if plan.boxed {
            let required = plan.property.isRequired && !plan.isNullable
            getter = required ? "\(storage).value" : "\(storage)?.value"
            setter = required ? "\(storage) = Indirect(newValue)" : "\(storage) = newValue.map(Indirect.init)"
        } else {
            getter = storage
            setter = "\(storage) = newValue"
        }
        var lines: [String] = []
        if plan.property.isDeprecated { lines.append("@available(*, deprecated)") }
        lines += [
            "\(access) var \(plan.name): \(publicType(plan)) {",
            "    get { \(getter) }",
            "    set { \(setter) }",
            "}",
            "private var \(storage): \(storedType(plan))",
        ]
        return MemberViewModel(docLines: docLines, lines: lines)
    }

    private func parameter(_ plan: Plan) -> String {
        let label = plan.name
        if plan.defaultLiteral != nil { return "\(label): \(plan.baseType)? = nil" }
        let type = publicType(plan)
        return type.hasSuffix("?") ? "\(label): \(type) = nil" : "\(label): \(type)"
    }

    private func assignment(_ plan: Plan) -> String {
        let value = plan.name
        if plan.boxed {
            let required = plan.property.isRequired && !plan.isNullable
            return required
                ? "self.\(plan.storageName) = Indirect(\(value))"
                : "self.\(plan.storageName) = \(value).map(Indirect.init)"
        }
        return "self.\(plan.storageName) = \(value)"
    }

    private func decodeLine(_ plan: Plan) -> String {
        let target = "self.\(plan.storageName)"
        let key = ".\(plan.key)"
        let stored = plan.boxed ? "Indirect<\(plan.baseType)>" : plan.baseType
        if plan.isDateTime {
            if plan.property.isRequired && !plan.isNullable {
                return "\(target) = try container.decodeDateTime(forKey: \(key))"
            }
            return "\(target) = try container.decodeDateTimeIfPresent(forKey: \(key))"
        }
        if plan.isDateTimeArray {
            let method = plan.property.isRequired && !plan.isNullable ? "decode" : "decodeIfPresent"
            return "\(target) = try container.\(method)([String].self, forKey: \(key))"
                + "\(plan.property.isRequired && !plan.isNullable ? "" : "?").map { try DateTimeCoding.requiredDate(from: $0) }"
        }
        if plan.defaultLiteral != nil {
            return "\(target) = try container.decodeIfPresent(\(stored).self, forKey: \(key))"
        }
        switch (plan.property.isRequired, plan.isNullable) {
        case (true, false):
            return plan.boxed
                ? "\(target) = Indirect(try container.decode(\(plan.baseType).self, forKey: \(key)))"
                : "\(target) = try container.decode(\(stored).self, forKey: \(key))"
        case (true, true):
            return plan.boxed
                ? "\(target) = try container.decodeNil(forKey: \(key)) ? nil : Indirect(container.decode(\(plan.baseType).self, forKey: \(key)))"
                : "\(target) = try container.decodeNil(forKey: \(key)) ? nil : container.decode(\(stored).self, forKey: \(key))"
        case (false, false):
            return plan.boxed
                ? "\(target) = try container.decodeIfPresent(\(plan.baseType).self, forKey: \(key)).map(Indirect.init)"
                : "\(target) = try container.decodeIfPresent(\(stored).self, forKey: \(key))"
        case (false, true):
            if plan.boxed {
                return
                    "\(target) = try container.decodeIfPresent(\(plan.baseType).self, forKey: \(key)).map(Indirect.init)"
            }
            return
                "\(target) = container.contains(\(key)) ? try container.decode(Nullable<\(stored)>.self, forKey: \(key)) : nil"
        }
    }

    private func encodeLine(_ plan: Plan) -> String {
        let key = ".\(plan.key)"
        let value = plan.boxed ? plan.name : plan.storageName
        if plan.isDateTime {
            if plan.property.isRequired && !plan.isNullable {
                return "try container.encodeDateTime(\(value), forKey: \(key))"
            }
            if plan.property.isRequired {
                return
                    "if let \(plan.name) = \(value) { try container.encodeDateTime(\(plan.name), forKey: \(key)) } else { try container.encodeNil(forKey: \(key)) }"
            }
            return "try container.encodeDateTimeIfPresent(\(value), forKey: \(key))"
        }
        if plan.isDateTimeArray {
            let optional = !(plan.property.isRequired && !plan.isNullable)
            return
                "try container.encode\(optional ? "IfPresent" : "")(\(value)\(optional ? "?" : "").map(DateTimeCoding.string(from:)), forKey: \(key))"
        }
        if plan.base == .primitive(.uuid) {
            if plan.property.isRequired && !plan.isNullable {
                return "try container.encodeUUID(\(value), forKey: \(key))"
            }
            if !plan.property.isRequired && !plan.isNullable {
                return "try container.encodeUUIDIfPresent(\(value), forKey: \(key))"
            }
        }
        if plan.defaultLiteral != nil || !plan.property.isRequired {
            return "try container.encodeIfPresent(\(value), forKey: \(key))"
        }
        if plan.isNullable {
            return
                "if let \(plan.name) = \(value) { try container.encode(\(plan.name), forKey: \(key)) } else { try container.encodeNil(forKey: \(key)) }"
        }
        return "try container.encode(\(value), forKey: \(key))"
    }

    /// A Swift literal for a schema default, when the type allows one.
    private func literal(_ value: JSONValue, for type: TypeRef) -> String? {
        switch (type, value) {
        case (.primitive(.bool), .bool(let flag)): return flag ? "true" : "false"
        case (.primitive(.string), .string(let text)): return SwiftSource.stringLiteral(text)
        case (.primitive(let primitive), .integer(let number))
        where [.int, .int32, .int64, .double, .float].contains(primitive):
            return String(number)
        case (.primitive(.number), .integer(let number)), (.primitive(.decimal), .integer(let number)):
            return mapping.swiftType(type) == "Decimal" ? "Decimal(\(number))" : String(number)
        case (.primitive(.number), .number(_, let text)), (.primitive(.decimal), .number(_, let text)),
            (.primitive(.double), .number(_, let text)), (.primitive(.float), .number(_, let text)):
            guard let number = SwiftSource.numberLiteral(text) else { return nil }
            return mapping.swiftType(type) == "Decimal" ? "Decimal(string: \"\(number)\")!" : number
        case (.named(let name), _):
            guard case .enumeration(let enumeration)? = api.type(named: name)?.kind,
                let match = enumeration.cases.first(where: { $0.value == value })
            else { return nil }
            return ".\(SwiftName.escaped(match.name))"
        default:
            return nil
        }
    }
}
