internal import Resolver

/// Builds the view model of a `oneOf`/`anyOf`: one case per variant, chosen by the discriminator when there is
/// one, else by trying the variants in document order (the error names every variant tried).
struct UnionBuilder {
    let mapping: SwiftTypeMapping
    let access: String

    func build(_ type: NamedType, _ union: UnionType) -> UnionViewModel {
        let cases = union.cases.map { unionCase in
            let swiftType = mapping.swiftType(unionCase.type)
            let encode =
                unionCase.type == .primitive(.dateTime)
                ? "var container = encoder.singleValueContainer(); try container.encode(DateTimeCoding.string(from: value))"
                : "try value.encode(to: encoder)"
            let values = unionCase.discriminatorValues
            return UnionCaseViewModel(
                docLines: values.isEmpty
                    ? [] : ["/// Selected by `\(values.map(SwiftSource.commentText).joined(separator: "`, `"))`."],
                name: SwiftName.escaped(unionCase.name), type: swiftType, encodeStatement: encode)
        }
        let decode: [String]
        if let property = union.discriminatorProperty, union.cases.allSatisfy({ !$0.discriminatorValues.isEmpty }) {
            decode = discriminated(type.name, property, union)
        } else {
            decode = ordered(type.name, union)
        }
        return UnionViewModel(
            docLines: DocComment.lines(title: type.title, description: type.description), attributes: [],
            access: access,
            indirectKeyword: type.needsIndirection ? "indirect " : "", name: type.name, cases: cases,
            decodeLines: decode)
    }

    private func decodeExpression(_ unionCase: UnionType.Case) -> String {
        if unionCase.type == .primitive(.dateTime) {
            return "try DateTimeCoding.requiredDate(from: decoder.singleValueContainer().decode(String.self))"
        }
        return "try \(mapping.swiftType(unionCase.type))(from: decoder)"
    }

    private func discriminated(_ name: String, _ property: String, _ union: UnionType) -> [String] {
        let expected = union.cases.flatMap(\.discriminatorValues).joined(separator: ", ")
        var lines = [
            "let tag = try decoder.container(keyedBy: DynamicCodingKey.self)",
            "    .decode(String.self, forKey: DynamicCodingKey(\(SwiftSource.stringLiteral(property))))",
            "switch tag {",
        ]
        for unionCase in union.cases {
            let labels = unionCase.discriminatorValues.map(SwiftSource.stringLiteral).joined(separator: ", ")
            lines.append("case \(labels): self = .\(SwiftName.escaped(unionCase.name))(\(decodeExpression(unionCase)))")
        }
        lines += [
            "default:",
            "    throw DecodingError.dataCorrupted(.init(",
            "        codingPath: decoder.codingPath,",
            "        debugDescription: \"unknown \(SwiftSource.stringLiteralContents(property)) '\\(tag)' for \(name); expected one of \(SwiftSource.stringLiteralContents(expected))\"))",
            "}",
        ]
        return lines
    }

    private func ordered(_ name: String, _ union: UnionType) -> [String] {
        var lines = ["var attempts: [(variant: String, reason: String)] = []"]
        for unionCase in union.cases {
            let caseName = SwiftName.escaped(unionCase.name)
            lines += [
                "do {",
                "    self = .\(caseName)(\(decodeExpression(unionCase)))",
                "    return",
                "} catch {",
                "    attempts.append((\"\(mapping.swiftType(unionCase.type))\", String(describing: error)))",
                "}",
            ]
        }
        lines.append("throw UnionDecodingError(typeName: \"\(name)\", attempts: attempts)")
        return lines
    }
}
