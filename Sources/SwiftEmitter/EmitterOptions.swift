internal import Resolver

/// Choices that shape the generated code.
public struct EmitterOptions: Sendable, Equatable {
    /// How plain JSON numbers (`type: number` without format) are represented.
    public enum NumberType: String, Sendable, Equatable, CaseIterable {
        /// `Double`: fast, and what most APIs mean.
        case double
        /// `Decimal`: exact, for money; `0.1` stays `0.1`.
        case decimal
    }

    /// Access level of the generated declarations.
    public enum AccessModifier: String, Sendable, Equatable, CaseIterable {
        case `public`, package, `internal`
    }

    /// Which operations' types to generate; `nil` generates every type of the document.
    public struct OperationFilter: Sendable, Equatable {
        /// Operations with any of these tags are included.
        public var tags: [String]
        /// Operations on any of these paths (as the document writes them) are included.
        public var paths: [String]
        /// Operations with any of these `operationId`s are included.
        public var operationIds: [String]

        /// Creates a filter; an operation matching any one list is included.
        public init(tags: [String] = [], paths: [String] = [], operationIds: [String] = []) {
            self.tags = tags
            self.paths = paths
            self.operationIds = operationIds
        }

        /// True when the operation has one of the tags, one of the paths or one of the operationIds.
        public func includes(tags operationTags: [String], path: String, operationId: String?) -> Bool {
            operationTags.contains(where: tags.contains) || paths.contains(path)
                || operationId.map(operationIds.contains) == true
        }

        func includes(_ operation: ResolvedOperation) -> Bool {
            includes(tags: operation.tags, path: operation.path, operationId: operation.operationId)
        }
    }

    /// The Swift type of `type: number` without a format: `Double` or `Decimal`.
    public var numberType: NumberType
    /// The access level of the generated declarations.
    public var accessModifier: AccessModifier
    /// How the header names the document the code was generated from.
    public var sourceName: String
    /// Which operations (and the types they use) to generate; `nil` for all.
    public var operationFilter: OperationFilter?
    /// Existing Swift types to use for schemas instead of generating them, by component name
    /// (`Money: Foundation.Decimal`).
    public var typeOverrides: [String: String]
    /// How the models are spread over files.
    public var typeFiles = TypeFiles.bySize
    /// What generated structs and unions can be compared with.
    public var modelConformance = ModelConformance.hashable

    /// What generated structs and unions conform to beyond `Codable` and `Sendable`. The compiler writes `==` (and
    /// `hash(into:)`) for every model, over every property: about a fifth of the SDK's compile time, debug and
    /// release, which callers that never compare or hash models need not pay. Enumerations of strings are always
    /// `Hashable`: they are cheap and often keys.
    public enum ModelConformance: String, Sendable, Equatable, CaseIterable {
        /// `Hashable` (and so `Equatable`): as swift-openapi-generator's models; sets, dictionary keys, SwiftUI
        /// navigation values.
        case hashable
        /// `Equatable` only: `==` without `hash(into:)`.
        case equatable
        /// Neither: the fastest to compile.
        case none

        /// The protocol the models declare, `nil` for none.
        var protocolName: String? {
            switch self {
            case .hashable: "Hashable"
            case .equatable: "Equatable"
            case .none: nil
            }
        }
    }

    /// How the models are spread over files. The compiler works on files in parallel, so a large SDK in one file
    /// compiles on one core.
    public enum TypeFiles: Sendable, Equatable {
        /// `Types.swift`, or `Types-1.swift`, `Types-2.swift`, ... of about the same lines of code each when there
        /// are more than `ModelEmitter.minimumCodeLinesPerFile`: files of about the same cost compile in parallel
        /// evenly.
        case bySize
        /// All in `Types.swift`.
        case single
        /// Exactly this many files, `Types-1.swift` ... `Types-<n>.swift`, each type in the file a stable hash of
        /// its name picks (a file may hold none): the file names are known before generating, as a build plugin
        /// needs, and a new type changes one file. The layout is fixed for the operation files too: with a client
        /// or server, the webhook and callback files are written even when the document has none.
        case fixed(Int)
    }

    /// Creates options.
    public init(
        numberType: NumberType = .double, accessModifier: AccessModifier = .public, sourceName: String = "openapi.yaml",
        operationFilter: OperationFilter? = nil, typeOverrides: [String: String] = [:]
    ) {
        self.numberType = numberType
        self.accessModifier = accessModifier
        self.sourceName = sourceName
        self.operationFilter = operationFilter
        self.typeOverrides = typeOverrides
    }
}
