internal import Resolver

/// Builds the view model of a `oneOf`/`anyOf`: one case per variant, chosen by the discriminator when there is
/// one, else by trying the variants in document order (the error names every variant tried). `Union.mustache`
/// spells the code; the enum is `indirect` when a variant is an object or a union (`OutOfLineStorage`).
struct UnionBuilder {
    let mapping: SwiftTypeMapping
    let api: ResolvedAPI
    let access: String

    func build(_ type: NamedType, _ union: UnionType) -> UnionViewModel {
        let cases = union.cases.map { unionCase in
            let values = unionCase.discriminatorValues
            return UnionCaseViewModel(
                docLines: values.isEmpty
                    ? [] : ["/// Selected by `\(values.map(SwiftSource.commentText).joined(separator: "`, `"))`."],
                name: SwiftName.escaped(unionCase.name), type: mapping.swiftType(unionCase.type),
                labels: values.map(SwiftSource.stringLiteral), isDateTime: unionCase.type == .primitive(.dateTime))
        }
        let property = union.discriminatorProperty ?? ""
        let isDiscriminated =
            union.discriminatorProperty != nil && union.cases.allSatisfy { !$0.discriminatorValues.isEmpty }
        let expected = union.cases.flatMap(\.discriminatorValues).joined(separator: ", ")
        return UnionViewModel(
            docLines: DocComment.lines(title: type.title, description: type.description),
            access: access,
            // Recursion needs `indirect`; for variants of object and union types it keeps the compiled code small.
            isIndirect: type.needsIndirection
                || union.cases.contains { OutOfLineStorage(api: api).holdsOutOfLine($0.type.nonNullable) },
            name: type.name, cases: cases,
            isDiscriminated: isDiscriminated, propertyLiteral: SwiftSource.stringLiteral(property),
            propertyText: SwiftSource.stringLiteralContents(property),
            expectedText: SwiftSource.stringLiteralContents(expected))
    }
}
