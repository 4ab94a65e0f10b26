internal import Diagnostics
internal import OpenAPIModel

extension TypeBuilder {
    // MARK: allOf

    /// `allOf` is merged into one object when every member is an object; `allOf: [$ref]` with only annotations
    /// beside it keeps the referenced type.
    func allOf(_ site: SchemaSite, hint: NameHint, declaring: String?) -> TypeRef {
        let schema = site.schema
        if schema.allOf.count == 1, schema.properties.isEmpty, schema.additionalProperties == nil,
            schema.oneOf.isEmpty, schema.anyOf.isEmpty, schema.enumValues == nil
        {
            return typeRef(SchemaSite(schema: schema.allOf[0], file: site.file, key: nil), hint: hint)
        }
        var visited: Set<String> = []
        var sites: [SchemaSite] = []
        var nonObjects: [SchemaSite] = []
        for member in schema.allOf {
            collectObjectSites(
                SchemaSite(schema: member, file: site.file, key: nil), into: &sites, others: &nonObjects,
                visited: &visited)
        }
        mergeWork += sites.reduce(0) { $0 + $1.schema.properties.count }
        guard mergeWork <= Self.maximumMergeWork else {
            if !mergeLimitReported {
                mergeLimitReported = true
                diagnostics.report(
                    Diagnostic(
                        .error,
                        "allOf merges in this document copy more than \(Self.maximumMergeWork) properties and member "
                            + "schemas (chains of types that each extend the previous one grow with the square of their "
                            + "length); this and later merged types are generated as any JSON value",
                        at: schema.location, id: .allofSizeLimit))
            }
            return .anyJSON
        }
        var own = schema
        own.allOf = []
        if !own.properties.isEmpty || own.additionalProperties != nil {
            sites.append(SchemaSite(schema: own, file: site.file, key: nil))
        }
        if sites.isEmpty, nonObjects.count == 1 {
            return typeRef(nonObjects[0], hint: hint)
        }
        if !nonObjects.isEmpty {
            warn(
                "allOf mixes objects with other schemas; only the object members are merged", schema.location,
                .unsupportedConstruct)
        }
        let name = declarationName(declaring, hint: hint, location: schema.location)
        var additional: TypeRef?
        for member in sites.reversed() where member.schema.additionalProperties != nil {
            additional = additionalPropertiesType(member, hint: NameHint(name))
        }
        let object = ObjectType(properties: properties(sites, typeName: name), additionalProperties: additional)
        declare(namedType(name, original: text(of: hint), kind: .object(object), schema))
        return .named(name)
    }

    /// The object schemas an `allOf` member contributes, following references and nested `allOf`s.
    private func collectObjectSites(
        _ site: SchemaSite, into sites: inout [SchemaSite], others: inout [SchemaSite], visited: inout Set<String>
    ) {
        mergeWork += 1
        guard mergeWork <= Self.maximumMergeWork else { return }
        var site = site
        if let reference = site.schema.ref {
            guard let target = documents.resolve(reference, from: site.file, expecting: .schemas) else { return }
            guard visited.insert(target.key).inserted else { return }
            guard let schema = schema(at: target) else {
                // Reports why there is no schema there (a reference to another kind of component, say).
                _ = follow(reference, from: site.file)
                return
            }
            site = SchemaSite(schema: schema, file: target.absolutePath, key: target.key)
        }
        for member in site.schema.allOf {
            collectObjectSites(
                SchemaSite(schema: member, file: site.file, key: nil), into: &sites, others: &others, visited: &visited)
        }
        let schema = site.schema
        let isObject = !schema.properties.isEmpty || schema.additionalProperties != nil || schema.types == [.object]
        if isObject {
            var own = schema
            own.allOf = []
            sites.append(SchemaSite(schema: own, file: site.file, key: nil))
        } else if schema.allOf.isEmpty, schema.booleanSchema == nil,
            schema.ref != nil || !schema.types.isEmpty || !schema.oneOf.isEmpty || !schema.anyOf.isEmpty
                || schema.enumValues != nil
        {
            others.append(site)
        }
    }

    // MARK: oneOf / anyOf

    func union(_ site: SchemaSite, hint: NameHint, declaring: String?) -> TypeRef {
        let schema = site.schema
        let isAnyOf = schema.oneOf.isEmpty
        let variants = isAnyOf ? schema.anyOf : schema.oneOf
        if !schema.oneOf.isEmpty, !schema.anyOf.isEmpty {
            warn("schema has both oneOf and anyOf; anyOf is ignored", schema.location, .unsupportedConstruct)
        }
        let name = declarationName(declaring, hint: hint, location: schema.location)
        var scope = NameScope(kind: "case")
        var cases: [UnionType.Case] = []
        var variantKeys: [String?] = []
        for (index, variant) in variants.enumerated() {
            let variantSite = SchemaSite(schema: variant, file: site.file, key: nil)
            let caseHint = variant.title.map(SwiftName.typeName) ?? "Case\(index + 1)"
            let type = typeRef(variantSite, hint: NameHint(name + caseHint))
            var key: String?
            if let reference = variant.ref,
                let target = documents.resolve(reference, from: site.file, expecting: .schemas)
            {
                key = target.key
            }
            let caseName = scope.claim(
                Self.caseName(for: type, title: variant.title), for: "variant \(index + 1)", at: variant.location,
                diagnostics: diagnostics)
            cases.append(UnionType.Case(name: caseName, type: type, discriminatorValues: []))
            variantKeys.append(key)
        }
        if let discriminator = schema.discriminator {
            applyDiscriminator(discriminator, site: site, cases: &cases, variantKeys: variantKeys)
        }
        let union = UnionType(cases: cases, discriminatorProperty: schema.discriminator?.propertyName, isAnyOf: isAnyOf)
        declare(namedType(name, original: text(of: hint), kind: .union(union), schema))
        return .named(name)
    }

    /// A base object with a discriminator and a mapping but no `oneOf` (the "allOf inheritance" pattern): a
    /// value of it is one of the mapped subtypes, each of which merges the base through `allOf`.
    func polymorphicBase(_ site: SchemaSite, discriminator: Discriminator, hint: NameHint, declaring: String?)
        -> TypeRef
    {
        let name = declarationName(declaring, hint: hint, location: site.schema.location)
        var scope = NameScope(kind: "case")
        var cases: [UnionType.Case] = []
        for entry in discriminator.mapping {
            let type = follow(Self.mappingReference(entry), from: site.file)
            if let index = cases.firstIndex(where: { $0.type == type }) {
                cases[index].discriminatorValues.append(entry.key)
                continue
            }
            let caseName = scope.claim(
                Self.caseName(for: type, title: nil), for: entry.key, at: entry.keyLocation, diagnostics: diagnostics)
            cases.append(UnionType.Case(name: caseName, type: type, discriminatorValues: [entry.key]))
        }
        let union = UnionType(cases: cases, discriminatorProperty: discriminator.propertyName, isAnyOf: false)
        declare(namedType(name, original: text(of: hint), kind: .union(union), site.schema))
        return .named(name)
    }

    /// Explicit mapping first; variants the mapping does not name are selected by their schema's name.
    private func applyDiscriminator(
        _ discriminator: Discriminator, site: SchemaSite, cases: inout [UnionType.Case], variantKeys: [String?]
    ) {
        var mapped = Set<Int>()
        for entry in discriminator.mapping {
            let text = entry.value
            switch documents.lookUp(Self.mappingReference(entry), from: site.file) {
            case .failure(let diagnostic):
                diagnostics.report(
                    Diagnostic(
                        .error, "discriminator mapping '\(entry.key)': \(diagnostic.message)", at: entry.keyLocation,
                        id: .discriminatorMapping))
            case .success(let target):
                guard let index = variantKeys.firstIndex(of: target.key) else {
                    diagnostics.report(
                        Diagnostic(
                            .warning,
                            "discriminator mapping '\(entry.key)' points at '\(text)', which is not one of the variants",
                            at: entry.keyLocation, id: .discriminatorMapping))
                    continue
                }
                cases[index].discriminatorValues.append(entry.key)
                mapped.insert(index)
            }
        }
        for index in cases.indices where !mapped.contains(index) {
            guard let key = variantKeys[index], let hash = key.firstIndex(of: "#") else { continue }
            let pointer = String(key[key.index(after: hash)...])
            let file = String(key[..<hash])
            cases[index].discriminatorValues.append(Self.name(forPointer: pointer, file: file))
        }
    }

    /// A discriminator mapping value as a reference: a bare schema name (`Dog`) means `#/components/schemas/Dog`;
    /// anything with `#`, `/` or a file extension is a reference already.
    static func mappingReference(_ entry: OrderedMap<String>.Entry) -> Reference {
        let text = entry.value
        let isBareName =
            !text.contains("#") && !text.contains("/") && !text.hasSuffix(".yaml")
            && !text.hasSuffix(".yml") && !text.hasSuffix(".json")
        return Reference(isBareName ? "#/components/schemas/\(text)" : text, at: entry.keyLocation)
    }

    static func caseName(for type: TypeRef, title: String?) -> String {
        if let title { return SwiftName.memberName(title) }
        switch type.nonNullable {
        case .named(let name): return SwiftName.memberName(name)
        case .primitive(let primitive): return primitive.rawValue
        case .array(let element): return caseName(for: element, title: nil) + "Array"
        case .map(let value): return caseName(for: value, title: nil) + "Map"
        case .anyJSON, .nullable: return "json"
        }
    }

    // MARK: enum

    /// The enum values as values of the schema's declared `type`, when it declares one and a value written
    /// otherwise has one meaning in it: `1` or `true` under `type: string` (an unquoted YAML scalar) is the string
    /// `"1"` or `"true"`, `"2"` under `type: integer` the integer 2. Each such value is a warning.
    private func valuesOfDeclaredType(_ values: [JSONValue], _ schema: JSONSchema) -> [JSONValue] {
        guard schema.types.count <= 2, let declared = schema.types.first(where: { $0 != .null }),
            schema.types.count == 1 || schema.types.contains(.null)
        else { return values }
        let fits = values.allSatisfy { value in
            switch (declared, value) {
            case (.string, .string), (.integer, .integer), (.number, .integer), (.number, .number): true
            case (.string, _), (.integer, _): false
            default: true
            }
        }
        if fits { return values }
        return values.map { value in
            let converted: JSONValue?
            switch (declared, value) {
            case (.string, .integer(let number)): converted = .string(String(number))
            case (.string, .number(_, let literal)): converted = .string(literal)
            case (.string, .bool(let flag)): converted = .string(flag ? "true" : "false")
            case (.integer, .string(let text)): converted = Int(text).map(JSONValue.integer)
            default: converted = nil
            }
            guard let converted else { return value }
            let shown: String =
                switch value {
                case .string(let text): "\"\(text)\""
                case .integer(let number): String(number)
                case .number(_, let literal): literal
                case .bool(let flag): flag ? "true" : "false"
                default: "a value"
                }
            let meaning: String =
                switch converted {
                case .string(let text): "the string \"\(text)\""
                case .integer(let number): "the integer \(number)"
                default: "a value of that type"
                }
            warn(
                "enum value \(shown) is not \(declared == .integer ? "an" : "a") \(declared.rawValue) but the schema's type is '\(declared.rawValue)'; it is read as \(meaning)",
                schema.enumLocation ?? schema.location, .enumValueType)
            return converted
        }
    }

    func enumeration(_ site: SchemaSite, values: [JSONValue], hint: NameHint, declaring: String?) -> TypeRef {
        let schema = site.schema
        let nonNull = valuesOfDeclaredType(values.filter { $0 != .null }, schema)
        let allowsNull = nonNull.count != values.count
        let rawType: EnumType.RawType
        if nonNull.allSatisfy({ $0.stringValue != nil }) {
            rawType = .string
        } else if nonNull.allSatisfy({ if case .integer = $0 { true } else { false } }) {
            rawType = .integer
        } else {
            if nonNull.allSatisfy({ if case .bool = $0 { true } else { false } }) {
                return .primitive(.bool)
            }
            warn(
                "enum mixes value types; it is generated as any JSON value", schema.enumLocation ?? schema.location,
                .unsupportedConstruct)
            return .anyJSON
        }
        let name = declarationName(declaring, hint: hint, location: schema.location)
        let explicitNames: [String]? = {
            guard case .array(let names)? = schema.extensions["x-enum-varnames"] ?? schema.extensions["x-enumNames"],
                names.count == nonNull.count
            else { return nil }
            let strings = names.compactMap(\.stringValue)
            return strings.count == nonNull.count ? strings : nil
        }()
        var scope = NameScope(kind: "enum case")
        var cases: [EnumType.Case] = []
        for (index, value) in nonNull.enumerated() {
            let preferred =
                explicitNames.map { SwiftName.memberName($0[index]) } ?? Self.enumCaseName(value, index: index)
            let original: String
            switch value {
            case .string(let text): original = text
            case .integer(let number): original = String(number)
            default: original = "\(index)"
            }
            let caseName = scope.claim(
                preferred, for: original, at: schema.enumLocation ?? schema.location, diagnostics: diagnostics)
            cases.append(EnumType.Case(name: caseName, value: value))
        }
        declare(
            namedType(
                name, original: text(of: hint),
                kind: .enumeration(EnumType(rawType: rawType, cases: cases, allowsNull: allowsNull)),
                schema))
        return .named(name)
    }

    static func enumCaseName(_ value: JSONValue, index: Int) -> String {
        switch value {
        case .string(let text):
            if text.isEmpty { return "empty" }
            let name = SwiftName.memberName(text)
            return name == "_unnamed" ? "value\(index + 1)" : name
        case .integer(let number):
            return number < 0 ? "_minus\(-number)" : "_\(number)"
        default:
            return "value\(index + 1)"
        }
    }
}
