/// What the templates render. Every field is final text: templates only place it.

struct FileViewModel {
    var source: String
    var imports: [String]
    var declarations: [String]
}

struct MemberViewModel {
    var docLines: [String]
    var lines: [String]
}

struct CodingKeyViewModel {
    var name: String
    var rawValue: String
}

struct StructViewModel {
    var docLines: [String]
    var attributes: [String]
    var access: String
    var name: String
    var members: [MemberViewModel]
    var initParameters: String
    var initAssignments: [String]
    var hasCodingKeys: Bool
    var codingKeys: [CodingKeyViewModel]
    var decodeLines: [String]
    var encodeLines: [String]
}

struct EnumCaseViewModel {
    var name: String
    var literal: String
}

struct EnumViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var rawType: String
    var cases: [EnumCaseViewModel]
    var unknownCase: String
    var allCasesList: String
}

struct UnionCaseViewModel {
    var docLines: [String]
    var name: String
    var type: String
    var encodeStatement: String
}

struct UnionViewModel {
    var docLines: [String]
    var access: String
    var indirectKeyword: String
    var name: String
    var cases: [UnionCaseViewModel]
    var decodeLines: [String]
}

struct AliasViewModel {
    var docLines: [String]
    var access: String
    var name: String
    var type: String
}
