internal import OpenAPIModel
internal import Resolver

/// Builds the view model of an enum that keeps unknown values instead of failing on them.
struct EnumBuilder {
    let access: String

    func build(_ type: NamedType, _ enumeration: EnumType) -> EnumViewModel {
        let names = enumeration.cases.map { SwiftName.escaped($0.name) }
        let unknown = enumeration.cases.contains { $0.name == "undocumented" } ? "undocumentedValue" : "undocumented"
        let cases = zip(names, enumeration.cases).map { name, enumCase in
            EnumCaseViewModel(name: name, literal: literal(enumCase.value))
        }
        return EnumViewModel(
            docLines: DocComment.lines(title: type.title, description: type.description),
            access: access,
            name: type.name, rawType: enumeration.rawType == .string ? "String" : "Int", cases: cases,
            unknownCase: unknown)
    }

    private func literal(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): SwiftSource.stringLiteral(text)
        case .integer(let number): String(number)
        default: "\"\""
        }
    }
}
