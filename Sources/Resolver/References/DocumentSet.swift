internal import Diagnostics
internal import Foundation
internal import OpenAPIModel
internal import YAMLLoader

/// The files a resolution reads: the root document and every file its references reach, each loaded once.
///
/// Files are keyed by absolute normalized path, and shown to the user by the path they were reached through, so
/// diagnostics in referenced files read like the root's (`api/models/account.yml:3:5`).
final class DocumentSet {
    struct LoadedFile {
        var displayPath: String
        var yaml: YAMLDocument
    }

    /// Where a reference leads. A class: targets are cached and handed out for every use of a reference, and
    /// sharing one instance costs a retain where copying its strings would cost several.
    final class Target: Sendable {
        let absolutePath: String
        let displayPath: String
        /// The node the pointer reaches; `nil` when the target is a component the root document's decoder already
        /// produced (`rootComponent`), which needs no node.
        let node: YAMLNode?
        /// The unescaped tokens of the pointer, split once: every use of a target looks at them.
        let tokens: [String]
        /// `absolutePath#pointer`: the canonical key of the target.
        let key: String
        /// The JSON pointer inside the file (`""` for the whole file), as the key spells it.
        var pointer: String { String(key.utf8.dropFirst(absolutePath.utf8.count + 1)) ?? "" }
        /// The component section the pointer names (`/components/parameters/X` → `.parameters`), if any.
        let componentKind: ComponentKind?
        /// The name of the component when the target is one of the root document's components: its decoded object
        /// is in `DocumentSet.rootComponents`, so it is not decoded again.
        let rootComponent: String?
        /// What the pointer reaches by the structure of an OpenAPI document, when the file is one (the root
        /// document, or a file whose root has `openapi` or `swagger`); `nil` for a fragment file, whose structure
        /// only the reference says.
        let place: DocumentPlace?
        /// In the root document, whose problems its decoder already reported.
        let isInRoot: Bool
        /// In a fragment file referenced from a Swagger 2.0 document: its parts are written as 2.0 objects.
        let readsSwagger2: Bool

        init(
            absolutePath: String, displayPath: String, key: String, tokens: [String], node: YAMLNode?,
            componentKind: ComponentKind?, rootComponent: String?, place: DocumentPlace?, isInRoot: Bool,
            readsSwagger2: Bool = false
        ) {
            self.readsSwagger2 = readsSwagger2
            self.absolutePath = absolutePath
            self.displayPath = displayPath
            self.key = key
            self.tokens = tokens
            self.node = node
            self.componentKind = componentKind
            self.rootComponent = rootComponent
            self.place = place
            self.isInRoot = isInRoot
        }

        /// The kind of object here, when the place says: the component section's, else the document structure's.
        var kind: ComponentKind? {
            if let componentKind { return componentKind }
            if case .object(let kind)? = place { return kind }
            return nil
        }

        /// True when the place is known to hold no object of `expected` kind: it names another kind (a section of
        /// `components`, in any file, or the document's structure), or the structure says it holds no object.
        func cannotHold(_ expected: ComponentKind) -> Bool {
            if let kind { return kind != expected }
            return place == .other
        }
    }

    let rootAbsolutePath: String
    let rootDisplayPath: String
    let allowedRoot: String
    /// `allowedRoot` with symbolic links resolved; `nil` when it does not exist (then no file is inside it).
    let realAllowedRoot: String?
    let limits: YAMLLoaderLimits
    /// The root document's components as its decoder produced them: references to them resolve to these objects.
    private(set) var rootComponents: Components
    private var rootFile: LoadedFile
    private var files: [String: LoadedFile] = [:]
    private var failedFiles: [String: String] = [:]
    private(set) var loadOrder: [String] = []
    private var anchorIndex: [String: [String: String]] = [:]
    /// Key indexes of large mappings, by node.
    private var mappingIndex: [YAMLNode.Identity: [String: YAMLNode]] = [:]
    /// Results of `resolve`, by the reference text and the file it was written in: documents reference the same
    /// few responses and schemas many times.
    private var resolved: [String: [String: Result<Target, Diagnostic>]] = [:]
    /// References written in the root document, the great majority, keyed by their text alone.
    private var resolvedFromRoot = [String: Result<Target, Diagnostic>](minimumCapacity: 256)
    /// Every reference written in the root document and followed, by the line and column of its `$ref` value
    /// (`ReferenceView.rootKey`): most references are there, and an integer hashes far faster than a location.
    private var followedInRoot = [Int: Target](minimumCapacity: 256)
    /// Every reference written in another file and followed, by the location of its `$ref` value.
    private var followedElsewhere: [SourceLocation: Target] = [:]

    /// Where problems of references are reported.
    let diagnostics: DiagnosticCollector
    /// The reference sites whose problem has been reported: a `$ref` reached along several paths (a schema inside
    /// two overlapping targets, say) is one problem, reported once.
    private var reportedSites: Set<ReportedSite> = []

    private struct ReportedSite: Hashable {
        var location: SourceLocation
        var id: DiagnosticID
    }

    init(
        rootPath: String, rootYAML: YAMLDocument, rootComponents: Components, allowedRoot: String?,
        limits: YAMLLoaderLimits, diagnostics: DiagnosticCollector
    ) {
        self.diagnostics = diagnostics
        self.limits = limits
        self.rootComponents = rootComponents
        // Documents reference their schemas about as often as they declare them.
        followedInRoot.reserveCapacity(rootComponents.schemas.count)
        let currentDirectory = FileManager.default.currentDirectoryPath
        rootAbsolutePath = FilePath.resolve(rootPath, from: currentDirectory + "/.")
        rootDisplayPath = rootYAML.file
        if let allowedRoot {
            self.allowedRoot = FilePath.resolve(allowedRoot, from: currentDirectory + "/.")
        } else if FilePath.isInside(rootAbsolutePath, root: FilePath.normalize(currentDirectory)) {
            self.allowedRoot = FilePath.normalize(currentDirectory)
        } else {
            self.allowedRoot = FilePath.directory(of: rootAbsolutePath)
        }
        realAllowedRoot = SourceFile.realPath(self.allowedRoot)
        rootFile = LoadedFile(displayPath: rootYAML.file, yaml: rootYAML)
        files[rootAbsolutePath] = rootFile
        loadOrder.append(rootYAML.file)
    }

    func file(_ absolutePath: String) -> LoadedFile? { files[absolutePath] }

    /// The node a target reaches, also for a component of the root, which a target hands out decoded.
    func node(at target: Target) -> YAMLNode? {
        if let node = target.node { return node }
        guard let file = files[target.absolutePath] else { return nil }
        return try? walk(target.tokens, in: file.yaml.root).get()
    }

    /// Makes `yaml` the root document, with the components its decoder produced: after `$ref`s where OpenAPI
    /// allows none were followed (`ReferenceSplicer`). What was followed in the old tree is forgotten.
    func replaceRoot(_ yaml: YAMLDocument, components: Components) {
        rootFile = LoadedFile(displayPath: rootFile.displayPath, yaml: yaml)
        files[rootAbsolutePath] = rootFile
        rootComponents = components
        resolvedFromRoot.removeAll()
        followedInRoot.removeAll()
        resolved[rootAbsolutePath] = nil
        anchorIndex[rootAbsolutePath] = nil
    }

    /// Follows `reference`, written in the file at `fromAbsolute`, to a place that may hold an object of
    /// `expected` kind (`nil`: any place). A reference that leads nowhere, or to a place the document's structure
    /// says holds another kind of object, is reported at the `$ref`, once however many paths reach it, and is nil.
    func resolve(_ reference: Reference, from fromAbsolute: String, expecting expected: ComponentKind?) -> Target? {
        switch lookUp(reference, from: fromAbsolute) {
        case .failure(let diagnostic):
            reportOnce(diagnostic)
            return nil
        case .success(let target):
            guard let expected, target.cannotHold(expected) else { return target }
            let problem =
                target.kind.map { "points at \($0.described), expected \(expected.described)" }
                ?? "does not point at \(expected.described)"
            reportOnce(
                Diagnostic(.error, "reference '\(reference.ref)' \(problem)", at: reference.location, id: .refWrongKind)
            )
            return nil
        }
    }

    /// Reports a problem at a reference site or in a referenced file, once for its place and id: the same `$ref`
    /// or fragment reached along several paths is one problem.
    func reportOnce(_ diagnostic: Diagnostic) {
        if let location = diagnostic.location {
            guard reportedSites.insert(ReportedSite(location: location, id: diagnostic.id)).inserted else { return }
        }
        diagnostics.report(diagnostic)
    }

    /// Follows `reference` as `resolve` does, leaving the failure to the caller to word and report (a
    /// discriminator mapping names its entry).
    func lookUp(_ reference: Reference, from fromAbsolute: String) -> Result<Target, Diagnostic> {
        let result = resolveAndCache(reference, from: fromAbsolute)
        if case .success(let target) = result {
            if fromAbsolute == rootAbsolutePath {
                followedInRoot[ReferenceView.rootKey(reference.location)] = target
            } else {
                followedElsewhere[reference.location] = target
            }
        }
        return result
    }

    /// The files read and the references followed so far.
    var view: ReferenceView {
        var byName: [String: YAMLDocument] = [:]
        for file in files.values { byName[file.displayPath] = file.yaml }
        return ReferenceView(
            files: byName, root: rootDisplayPath, followedInRoot: followedInRoot, followedElsewhere: followedElsewhere)
    }

    private func resolveAndCache(_ reference: Reference, from fromAbsolute: String) -> Result<Target, Diagnostic> {
        // A component of the root document is found faster than a cache of reference texts would find it.
        if fromAbsolute == rootAbsolutePath, let target = rootComponent(reference.ref) { return .success(target) }
        let known =
            fromAbsolute == rootAbsolutePath ? resolvedFromRoot[reference.ref] : resolved[fromAbsolute]?[reference.ref]
        switch known {
        case .success(let target)?:
            return .success(target)
        case .failure(let diagnostic)?:
            // The same failure is reported again at this use of the reference.
            return .failure(
                Diagnostic(diagnostic.severity, diagnostic.message, at: reference.location, id: diagnostic.id))
        case nil:
            let result = resolveUncached(reference, from: fromAbsolute)
            if fromAbsolute == rootAbsolutePath {
                resolvedFromRoot[reference.ref] = result
            } else {
                resolved[fromAbsolute, default: [:]][reference.ref] = result
            }
            return result
        }
    }

    private func resolveUncached(_ reference: Reference, from fromAbsolute: String) -> Result<Target, Diagnostic> {
        let text = reference.ref
        func failure(_ message: String, _ id: DiagnosticID) -> Result<Target, Diagnostic> {
            .failure(Diagnostic(.error, message, at: reference.location, id: id))
        }
        let writtenFilePart = reference.filePart
        if Self.hasURIScheme(writtenFilePart) {
            return failure(
                "reference '\(text)' is remote; plexus-gen does not fetch remote references (bundle the document first)",
                .refRemote)
        }
        let filePart = FilePath.percentDecoded(writtenFilePart)
        let fragment = reference.fragment.map(FilePath.percentDecoded) ?? ""
        var absolutePath = fromAbsolute
        if !filePart.isEmpty {
            var displayPath = files[fromAbsolute]?.displayPath ?? fromAbsolute
            if filePart.hasPrefix("/") {
                return failure(
                    "reference '\(text)' uses an absolute path; use a path relative to the document", .refOutsideRoot)
            }
            absolutePath = FilePath.resolve(filePart, from: fromAbsolute)
            guard FilePath.isInside(absolutePath, root: allowedRoot) else {
                return failure(
                    "reference '\(text)' leaves the allowed root directory '\(allowedRoot)'", .refOutsideRoot)
            }
            displayPath = FilePath.resolve(filePart, from: displayPath)
            // The path as written stays inside; a symbolic link on the way must not lead out. The file read is the
            // one checked.
            var realPath: String?
            if files[absolutePath] == nil, let real = SourceFile.realPath(absolutePath) {
                guard let realRoot = realAllowedRoot, FilePath.isInside(real, root: realRoot) else {
                    return failure(
                        "reference '\(text)' leaves the allowed root directory '\(allowedRoot)' through a symbolic link",
                        .refOutsideRoot)
                }
                realPath = real
            }
            if let problem = load(absolutePath, readingFrom: realPath ?? absolutePath, displayPath: displayPath) {
                return failure("cannot resolve '\(text)': \(problem)", .refUnreadable)
            }
        }
        // Most references point into the root document: it is at hand without hashing its path.
        guard let file = absolutePath == rootAbsolutePath ? rootFile : files[absolutePath] else {
            return failure("cannot resolve '\(text)'", .unresolvedRef)
        }
        if !fragment.isEmpty, !fragment.hasPrefix("/") {
            let pointer = anchors(in: absolutePath)[fragment]
            let tokens = pointer.map(JSONPointer.tokens) ?? []
            guard let pointer, let node = try? walk(tokens, in: file.yaml.root).get() else {
                return failure(
                    "unresolved reference '\(text)': no schema declares '$anchor: \(fragment)'", .unresolvedRef)
            }
            return .success(target(in: file, absolutePath: absolutePath, pointer: pointer, tokens: tokens, node: node))
        }
        var tokens = JSONPointer.tokens(fragment)
        if file.yaml.convertedFrom != nil { tokens = Swagger2Converter.convertedPointer(tokens, in: file.yaml.root) }
        switch walk(tokens, in: file.yaml.root) {
        case .success(let node):
            return .success(target(in: file, absolutePath: absolutePath, pointer: fragment, tokens: tokens, node: node))
        case .failure(let miss):
            var message = "unresolved reference '\(text)': no '\(miss.token)' in '#\(miss.parent)'"
            if let suggestion = miss.suggestion { message += "; did you mean '\(suggestion)'?" }
            if fromAbsolute == rootAbsolutePath, rootFile.yaml.convertedFrom != nil,
                let written = Swagger2Converter.writtenReference(text)
            {
                message += " (written '\(written)' in the Swagger 2.0 document)"
            }
            return failure(message, .unresolvedRef)
        }
    }

    /// A target reached by walking a file; a component of the root document is handed over already decoded.
    private func target(
        in file: LoadedFile, absolutePath: String, pointer: String, tokens: [String], node: YAMLNode
    ) -> Target {
        let kind = ComponentKind(tokens: tokens)
        var rootComponent: String?
        if absolutePath == rootAbsolutePath, let kind, hasRootComponent(kind, tokens[2]) { rootComponent = tokens[2] }
        let isInRoot = absolutePath == rootAbsolutePath
        let isDocument = isInRoot || file.yaml.root["openapi"] != nil || file.yaml.root["swagger"] != nil
        return Target(
            absolutePath: absolutePath, displayPath: file.displayPath, key: absolutePath + "#" + pointer,
            tokens: tokens, node: rootComponent == nil ? node : nil, componentKind: kind, rootComponent: rootComponent,
            place: isDocument ? DocumentPlace(tokens: tokens) : nil, isInRoot: isInRoot,
            readsSwagger2: !isDocument && rootFile.yaml.convertedFrom != nil)
    }

    /// `#/components/<kind>/<name>` written in the root document, by far the most common reference, found among
    /// the decoded components without splitting, walking or decoding anything: `nil` when the reference has
    /// another form (escapes, other files, other places), which the general path then takes, or when there is no
    /// such component (the general path explains).
    private func rootComponent(_ text: String) -> Target? {
        let parsed: (kind: ComponentKind, name: String)?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            let prefix = Self.rootComponentPrefix
            guard bytes.count > prefix.count + 2, bytes.starts(with: prefix) else { return nil }
            let rest = UnsafeBufferPointer(rebasing: bytes[prefix.count...])
            guard let slash = rest.firstIndex(of: UInt8(ascii: "/")),
                let kind = Self.componentKinds.first(where: { rest[..<slash].elementsEqual($0.bytes) })?.kind
            else { return nil }
            let name = UnsafeBufferPointer(rebasing: rest[(slash + 1)...])
            for byte in name where byte == UInt8(ascii: "/") || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "%") {
                return nil
            }
            return name.isEmpty ? nil : (kind, String(decoding: name, as: UTF8.self))
        }
        guard let parsed = parsed ?? nil, hasRootComponent(parsed.kind, parsed.name) else { return nil }
        return Target(
            absolutePath: rootAbsolutePath, displayPath: rootFile.displayPath, key: rootAbsolutePath + text,
            tokens: ["components", parsed.kind.rawValue, parsed.name], node: nil, componentKind: parsed.kind,
            rootComponent: parsed.name, place: .object(parsed.kind), isInRoot: true)
    }

    /// The component kinds with their names as bytes, the most referenced first.
    private static let componentKinds = ComponentKind.allCases.map { (kind: $0, bytes: Array($0.rawValue.utf8)) }

    /// `#/components/` as bytes.
    private static let rootComponentPrefix = Array("#/components/".utf8)

    /// The root document's component schema called `name`, as its decoder produced it.
    func rootSchema(_ name: String) -> JSONSchema? { rootComponents.schemas[name] }

    /// True when the root document's decoder produced a component called `name` in section `kind`.
    private func hasRootComponent(_ kind: ComponentKind, _ name: String) -> Bool {
        switch kind {
        case .schemas: rootComponents.schemas[name] != nil
        case .responses: rootComponents.responses[name] != nil
        case .parameters: rootComponents.parameters[name] != nil
        case .examples: rootComponents.examples[name] != nil
        case .requestBodies: rootComponents.requestBodies[name] != nil
        case .headers: rootComponents.headers[name] != nil
        case .securitySchemes: rootComponents.securitySchemes[name] != nil
        case .links: rootComponents.links[name] != nil
        case .callbacks: rootComponents.callbacks[name] != nil
        case .pathItems: rootComponents.pathItems[name] != nil
        }
    }

    /// True for `https://...`, `file:...` and other URIs (RFC 3986 scheme: a letter, then letters, digits, `+-.`).
    static func hasURIScheme(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon != bytes.startIndex,
            let first = bytes.first, (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A
        else { return false }
        return bytes[..<colon].allSatisfy { byte in
            ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    /// Reads the file referenced as `absolutePath` once, from `realPath` (the path its root check was made on);
    /// returns why it could not be read.
    private func load(_ absolutePath: String, readingFrom realPath: String, displayPath: String) -> String? {
        if files[absolutePath] != nil { return nil }
        if let problem = failedFiles[absolutePath] { return problem }
        do {
            let yaml = try DocumentLoader(limits: limits).load(contentsOf: realPath, displayName: displayPath)
            files[absolutePath] = LoadedFile(displayPath: displayPath, yaml: yaml)
            loadOrder.append(displayPath)
            return nil
        } catch {
            let problem =
                error.kind == .unreadable ? error.message : "'\(displayPath)' is not valid YAML: \(error.message)"
            failedFiles[absolutePath] = problem
            return problem
        }
    }

    struct Miss: Error {
        var token: String
        var parent: String
        var suggestion: String?
    }

    /// Walks the tokens of a JSON pointer (`/components/schemas/Account`) from `root`.
    private func walk(_ tokens: [String], in root: YAMLNode) -> Result<YAMLNode, Miss> {
        var node = root
        for (offset, token) in tokens.enumerated() {
            // The path walked so far is only needed to explain a miss.
            func parent() -> String {
                "/" + tokens.prefix(offset).map(JSONPointer.escape).joined(separator: "/")
            }
            if node.kind == .mapping {
                guard let value = child(of: node, key: token) else {
                    let keys = node.mapping?.compactMap(\.key.scalar) ?? []
                    return .failure(
                        Miss(token: token, parent: parent(), suggestion: Suggestion.closest(to: token, in: keys)))
                }
                node = value
            } else if let sequence = node.sequence, let index = Int(token), sequence.indices.contains(index) {
                node = sequence[index]
            } else {
                return .failure(Miss(token: token, parent: parent(), suggestion: nil))
            }
        }
        return .success(node)
    }

    /// Mappings looked up often are large (`components/schemas` of a big document): their keys are indexed once,
    /// so following n references costs O(n), not O(n²) key comparisons.
    private func child(of node: YAMLNode, key: String) -> YAMLNode? {
        guard let mapping = node.mapping, mapping.count > Self.indexedMappingSize else {
            return node.value(forKey: key)
        }
        let place = node.identity
        if let index = mappingIndex[place] { return index[key] }
        var index = [String: YAMLNode](minimumCapacity: mapping.count)
        for pair in mapping {
            if let name = pair.key.scalar, index[name] == nil { index[name] = pair.value }
        }
        mappingIndex[place] = index
        return index[key]
    }

    /// Mappings with more entries than this are indexed by `child(of:key:)`.
    static let indexedMappingSize = 32

    /// `$anchor` names of a file's schemas and the pointers to them.
    private func anchors(in absolutePath: String) -> [String: String] {
        if let known = anchorIndex[absolutePath] { return known }
        var index: [String: String] = [:]
        func visit(_ node: YAMLNode, _ pointer: String) {
            if let mapping = node.mapping {
                for pair in mapping {
                    guard let key = pair.key.scalar else { continue }
                    if key == "$anchor", let name = pair.value.scalar, index[name] == nil { index[name] = pointer }
                    visit(pair.value, pointer + "/" + JSONPointer.escape(key))
                }
            } else if let sequence = node.sequence {
                for (offset, item) in sequence.enumerated() { visit(item, pointer + "/\(offset)") }
            }
        }
        if let root = files[absolutePath]?.yaml.root { visit(root, "") }
        anchorIndex[absolutePath] = index
        return index
    }
}
