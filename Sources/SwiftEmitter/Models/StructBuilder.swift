internal import OpenAPIModel
internal import Resolver

/// Builds the view model of an object type: for each property, how it is stored, initialized, decoded and
/// encoded so that required, optional and nullable stay apart (absent is not `null`). Each of those is a shape whose
/// template spells the code; this renders the shapes and `Struct.mustache` places them.
struct StructBuilder {
    let mapping: SwiftTypeMapping
    let api: ResolvedAPI
    let access: String
    /// Renders each property's shapes with their templates.
    let renderer: TemplateRenderer

    /// How one property is stored and coded.
    private struct Plan {
        var property: Property
        var name: String
        /// The JSON name as string literal contents.
        var key: String
        var base: TypeRef
        var baseType: String
        var isNullable: Bool
        var defaultLiteral: String?
        var boxed: Bool
        /// The initializer's parameter as its body reads it.
        var argument: String
        var isDateTime: Bool { base == .primitive(.dateTime) }
        var isDateTimeArray: Bool { base == .array(.primitive(.dateTime)) }
        /// Stored under `_name` behind a computed property (defaults, deprecation, boxing).
        var usesAccessor: Bool { defaultLiteral != nil || property.isDeprecated || boxed }
        var storageName: String { usesAccessor ? "_\(property.name)" : name }
        /// Required and not nullable: a value is always there.
        var isRequiredValue: Bool { property.isRequired && !isNullable }
    }

    func build(_ type: NamedType, _ object: ObjectType) -> StructViewModel {
        var plans = object.properties.map { plan($0, in: type) }
        // A parameter called `self` hides `self` in the initializer's body: it gets an inner name no other
        // parameter has.
        for index in plans.indices where plans[index].name == "`self`" {
            var inner = "self_"
            while plans.contains(where: { $0.name == inner }) { inner += "_" }
            plans[index].argument = inner
        }
        let properties = plans.map { parts(property($0)) }
        var parameters = plans.map(parameter)
        var additional: AdditionalPropertiesViewModel?
        if let values = object.additionalProperties {
            let valueType = mapping.swiftType(values)
            additional = AdditionalPropertiesViewModel(valueType: valueType, hasKnownKeys: !plans.isEmpty)
            parameters.append(
                StructParameterViewModel(name: "additionalProperties", type: valueType, shape: .additional))
        }
        // The templates spell the parameters, and `Struct.mustache` puts them one per line when they do not fit on
        // the initializer's line.
        let spelled = parameters.map { renderer.render($0, template: $0.shape.rawValue) }
        return StructViewModel(
            docLines: DocComment.lines(title: type.title, description: type.description),
            access: access, name: type.name, properties: properties, additional: additional,
            initParameters: spelled, wrapsInitParameters: SwiftSource.wrapsArguments(spelled),
            knownKeys: plans.map(\.key))
    }

    /// What callers of the generated struct see: each property's name, its type as spelled and whether it is
    /// deprecated, and the initializer's parameters. Nothing is rendered; `SDKSurface` reads this.
    func members(_ type: NamedType, _ object: ObjectType) -> (
        properties: [(property: Property, name: String, type: String)], parameters: [StructParameterViewModel]
    ) {
        let plans = object.properties.map { plan($0, in: type) }
        var parameters = plans.map(parameter)
        if let values = object.additionalProperties {
            parameters.append(
                StructParameterViewModel(
                    name: "additionalProperties", type: mapping.swiftType(values), shape: .additional))
        }
        return (plans.map { ($0.property, $0.name, publicType($0)) }, parameters)
    }

    private func plan(_ property: Property, in type: NamedType) -> Plan {
        let base = property.type.nonNullable
        let defaultLiteral =
            property.isRequired || property.type.isNullable
            ? nil : property.defaultValue.flatMap { literal($0, for: base) }
        // Recursion needs the box; for other object and union values it keeps the compiled code small (a value
        // with a default is stored as the optional the default fills in).
        let boxed: Bool = {
            guard case .named(let target) = base else { return false }
            if type.needsIndirection, api.type(named: target)?.needsIndirection == true { return true }
            return defaultLiteral == nil && OutOfLineStorage(api: api).holdsOutOfLine(base)
        }()
        return Plan(
            property: property, name: SwiftName.escaped(property.name),
            key: SwiftSource.stringLiteralContents(property.jsonName),
            base: base, baseType: mapping.swiftType(base), isNullable: property.type.isNullable,
            defaultLiteral: defaultLiteral, boxed: boxed, argument: SwiftName.escaped(property.name))
    }

    /// The type a caller sees. Spelled here: type spellings are names, like `SwiftTypeMapping`'s.
    private func publicType(_ plan: Plan) -> String {
        if plan.defaultLiteral != nil { return plan.baseType }
        if plan.property.isRequired { return plan.isNullable ? "\(plan.baseType)?" : plan.baseType }
        return plan.isNullable && !plan.isDateTime ? "Nullable<\(plan.baseType)>?" : "\(plan.baseType)?"
    }

    /// The type of the stored value.
    private func storedType(_ plan: Plan) -> String {
        if plan.defaultLiteral != nil { return "\(plan.baseType)?" }
        if plan.boxed {
            if plan.isRequiredValue { return "Indirect<\(plan.baseType)>" }
            // Absent, null and a value stay three states: the box holds the `Nullable`.
            return plan.isNullable && !plan.property.isRequired
                ? "Indirect<Nullable<\(plan.baseType)>>?" : "Indirect<\(plan.baseType)>?"
        }
        return publicType(plan)
    }

    /// The constraints the value is checked against where its shape reads a plain value (boxed values are
    /// objects and unions, date-times are read as text first).
    private func constraints(_ plan: Plan, decode: StructPropertyViewModel.DecodeShape) -> String? {
        switch decode {
        case .required, .requiredNullable, .ifPresent, .nullableIfPresent:
            ConstraintsBuilder(api: api, mapping: mapping, renderer: renderer).expression(
                plan.property.constraints, for: plan.base)
        case .dateTime, .dateTimeIfPresent, .dateTimeArray, .dateTimeArrayIfPresent, .requiredBoxed,
            .requiredNullableBoxed, .ifPresentBoxed, .nullableIfPresentBoxed:
            nil
        }
    }

    private func property(_ plan: Plan) -> StructPropertyViewModel {
        var docLines = DocComment.lines(title: nil, description: plan.property.description)
        if plan.defaultLiteral != nil {
            docLines += docLines.isEmpty ? [] : ["///"]
            docLines.append("/// Defaults to `\(SwiftSource.commentText(plan.defaultLiteral ?? ""))` when absent.")
        }
        let decode = decodeShape(plan)
        return StructPropertyViewModel(
            docLines: docLines, access: access, name: plan.name, argument: plan.argument, storage: plan.storageName,
            key: plan.key,
            deprecated: plan.property.isDeprecated, publicType: publicType(plan), storedType: storedType(plan),
            baseType: plan.baseType, valueType: valueType(plan),
            // A boxed value is read out of its box, not through the getter (which may be deprecated).
            encodedValue: "self." + plan.storageName
                + (plan.boxed ? (plan.isRequiredValue ? ".value" : "?.value") : ""),
            defaultLiteral: plan.defaultLiteral,
            member: memberShape(plan),
            assignment: plan.boxed ? (plan.isRequiredValue ? .boxed : .boxedOptional) : .plain,
            decode: decode, encode: encodeShape(plan), constraints: constraints(plan, decode: decode))
    }

    /// The property's parts, each rendered with the template of its shape.
    private func parts(_ property: StructPropertyViewModel) -> StructPropertyParts {
        var property = property
        if property.deprecated { property.deprecation = renderer.render(property, template: "StructDeprecation") }
        func render(_ template: String) -> String {
            var text = renderer.render(property, template: template)
            if text.hasSuffix("\n") { text.removeLast() }
            return text
        }
        return StructPropertyParts(
            docLines: property.docLines, member: render(property.member.rawValue),
            assignment: render(property.assignment.rawValue), decode: render(property.decode.rawValue),
            encode: render(property.encode.rawValue))
    }

    private func memberShape(_ plan: Plan) -> StructPropertyViewModel.MemberShape {
        guard plan.usesAccessor else { return .stored }
        if plan.defaultLiteral != nil { return .defaulted }
        if plan.boxed { return plan.isRequiredValue ? .boxed : .boxedOptional }
        return .deprecated
    }

    /// The type the decoder reads for the stored value.
    private func valueType(_ plan: Plan) -> String {
        guard plan.boxed else { return plan.baseType }
        return plan.isNullable && !plan.property.isRequired
            ? "Nullable<\(plan.baseType)>" : "Indirect<\(plan.baseType)>"
    }

    private func parameter(_ plan: Plan) -> StructParameterViewModel {
        // The label callers write, and the inner name when it differs (`self`).
        let name = plan.argument == plan.name ? plan.name : "\(plan.name) \(plan.argument)"
        if plan.defaultLiteral != nil {
            return StructParameterViewModel(name: name, type: plan.baseType, shape: .defaulted)
        }
        let type = publicType(plan)
        return StructParameterViewModel(name: name, type: type, shape: type.hasSuffix("?") ? .optional : .plain)
    }

    private func decodeShape(_ plan: Plan) -> StructPropertyViewModel.DecodeShape {
        if plan.isDateTime { return plan.isRequiredValue ? .dateTime : .dateTimeIfPresent }
        if plan.isDateTimeArray { return plan.isRequiredValue ? .dateTimeArray : .dateTimeArrayIfPresent }
        if plan.defaultLiteral != nil { return .ifPresent }
        switch (plan.property.isRequired, plan.isNullable, plan.boxed) {
        case (true, false, false): return .required
        case (true, false, true): return .requiredBoxed
        case (true, true, false): return .requiredNullable
        case (true, true, true): return .requiredNullableBoxed
        case (false, true, true): return .nullableIfPresentBoxed
        case (false, false, true): return .ifPresentBoxed
        case (false, false, false): return .ifPresent
        case (false, true, false): return .nullableIfPresent
        }
    }

    private func encodeShape(_ plan: Plan) -> StructPropertyViewModel.EncodeShape {
        if plan.isDateTime {
            if plan.isRequiredValue { return .dateTime }
            return plan.property.isRequired ? .dateTimeNullable : .dateTimeIfPresent
        }
        if plan.isDateTimeArray { return plan.isRequiredValue ? .dateTimeArray : .dateTimeArrayIfPresent }
        if plan.base == .array(.primitive(.uuid)) {
            if plan.isRequiredValue { return .uuidArray }
            if !plan.property.isRequired && !plan.isNullable { return .uuidArrayIfPresent }
            if plan.property.isRequired { return .uuidArrayNullable }
        }
        if plan.base == .primitive(.uuid) {
            if plan.isRequiredValue { return .uuid }
            if !plan.property.isRequired && !plan.isNullable { return .uuidIfPresent }
            if plan.property.isRequired { return .uuidNullable }
        }
        if plan.defaultLiteral != nil || !plan.property.isRequired { return .ifPresent }
        return plan.isNullable ? .nullable : .required
    }

    /// A Swift expression for a schema default (`DefaultValue.mustache`), when the type allows one.
    private func literal(_ value: JSONValue, for type: TypeRef) -> String? {
        defaultValue(value, for: type).map { renderer.code($0, template: "DefaultValue") }
    }

    private func defaultValue(_ value: JSONValue, for type: TypeRef) -> DefaultValueViewModel? {
        let isDecimal = mapping.swiftType(type) == "Decimal"
        switch (type, value) {
        case (.primitive(.bool), .bool(let flag)):
            return DefaultValueViewModel(shape: .plain, literal: flag ? "true" : "false")
        case (.primitive(.string), .string(let text)):
            return DefaultValueViewModel(shape: .plain, literal: SwiftSource.stringLiteral(text))
        case (.primitive(let primitive), .integer(let number))
        where [.int, .int32, .int64, .double, .float].contains(primitive):
            return DefaultValueViewModel(shape: .plain, literal: String(number))
        case (.primitive(.number), .integer(let number)), (.primitive(.decimal), .integer(let number)):
            return DefaultValueViewModel(shape: isDecimal ? .decimalInteger : .plain, literal: String(number))
        case (.primitive(.number), .number(_, let text)), (.primitive(.decimal), .number(_, let text)),
            (.primitive(.double), .number(_, let text)), (.primitive(.float), .number(_, let text)):
            guard let number = SwiftSource.numberLiteral(text) else { return nil }
            return DefaultValueViewModel(shape: isDecimal ? .decimalText : .plain, literal: number)
        case (.named(let name), _):
            guard case .enumeration(let enumeration)? = api.type(named: name)?.kind,
                let match = enumeration.cases.first(where: { $0.value == value })
            else { return nil }
            return DefaultValueViewModel(shape: .enumCase, literal: SwiftName.escaped(match.name))
        default:
            return nil
        }
    }
}
