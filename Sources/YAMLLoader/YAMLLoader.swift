internal import CLibYAML
internal import Diagnostics
internal import Foundation

/// Builds a `YAMLNode` tree from libyaml's event stream, keeping the line and column of every node.
///
/// The loader only builds structure. It resolves anchors, aliases and merge keys, rejects duplicate keys and more
/// than one document, and bounds nesting depth and alias expansion; it never guesses scalar types.
public struct YAMLLoader: Sendable {
    /// The bounds applied while loading.
    public var limits: YAMLLoaderLimits

    /// Creates a loader.
    public init(limits: YAMLLoaderLimits = .default) {
        self.limits = limits
    }

    /// Reads and loads the file at `path`.
    ///
    /// - Parameter path: the file to read; it also names the file in every location.
    /// - Returns: the document's root node.
    /// - Throws: `YAMLError` for an unreadable file, invalid UTF-8 or YAML, or a violated limit.
    public func load(contentsOf path: String) throws(YAMLError) -> YAMLDocument {
        let bytes: [UInt8]
        do {
            bytes = try Self.readFile(path)
        } catch {
            throw YAMLError(.unreadable, "cannot read '\(path)': \(error.reason)", at: nil)
        }
        return try load(bytes: bytes, file: path)
    }

    /// Loads a document from memory.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text (a UTF-8 byte order mark is allowed).
    ///   - file: the name used in locations.
    /// - Throws: `YAMLError` for invalid UTF-8 or YAML, or a violated limit.
    public func load(bytes: [UInt8], file: String) throws(YAMLError) -> YAMLDocument {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw YAMLError(
                .encoding, "the file is UTF-16 encoded; only UTF-8 is supported",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        var builder = TreeBuilder(file: file, limits: limits, bytes: bytes)
        return try builder.run()
    }

    /// Loads a document from a string.
    public func load(string: String, file: String) throws(YAMLError) -> YAMLDocument {
        try load(bytes: Array(string.utf8), file: file)
    }

    private static func readFile(_ path: String) throws(FileReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileReadError(code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileReadError(code: errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileReadError(code: EISDIR) }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(code: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}

private struct FileReadError: Error {
    var code: Int32
    var reason: String { String(cString: strerror(code)) }
}

/// The mutable state of one load: a stack of open collections and the anchors seen so far.
private struct TreeBuilder {
    struct Frame {
        var isMapping: Bool
        var mark: YAMLMark
        var anchor: String?
        var tag: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var weight = 1
        /// Merge sources (`<<`) and the index in `pairs` where their entries go; rare, so optional.
        var merges: [(position: Int, pairs: [YAMLPair])]?
        /// Keys written in this mapping, kept only once a mapping grows large; small ones are scanned.
        var keyIndex: [String: YAMLMark]?
    }

    /// Mappings up to this size check duplicate keys by scanning, which beats hashing for the usual few keys.
    static let linearKeyScanLimit = 16

    let file: String
    let limits: YAMLLoaderLimits
    let bytes: [UInt8]
    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
    var aliasExpansion = 0
    var nodeCount = 0
    var root: YAMLNode?
    var documentCount = 0

    init(file: String, limits: YAMLLoaderLimits, bytes: [UInt8]) {
        self.file = file
        self.limits = limits
        self.bytes = bytes
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func run() throws(YAMLError) -> YAMLDocument {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(.unreadable, "libyaml could not allocate a parser", at: nil)
        }
        defer { yaml_parser_delete(&parser) }
        let result: Result<Void, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(parserError(parser))
                }
                let outcome = handle(event)
                let type = event.type
                yaml_event_delete(&event)
                switch outcome {
                case .failure(let error): return .failure(error)
                case .success: break
                }
                if type == YAML_STREAM_END_EVENT { return .success(()) }
            }
        }
        try result.get()
        guard let root else {
            throw YAMLError(.emptyDocument, "the file contains no YAML document", at: location(YAMLMark(line: 1, column: 1)))
        }
        return YAMLDocument(file: file, root: root, nodeCount: nodeCount)
    }

    static func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    mutating func handle(_ event: yaml_event_t) -> Result<Void, YAMLError> {
        let start = Self.mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                return .failure(YAMLError(
                    .multipleDocuments,
                    "the file contains more than one YAML document; an OpenAPI document must be a single document",
                    at: location(start)))
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let style: YAMLScalarStyle
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let tag = Self.explicitTag(data.tag)
            let node = YAMLNode(.scalar(text, style), mark: start, tag: tag)
            return add(node, weight: 1, anchor: Self.string(data.anchor))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            if stack.count >= limits.maxDepth {
                return .failure(YAMLError(
                    .depthLimit, "nesting deeper than \(limits.maxDepth) levels", at: location(start)))
            }
            let anchor = isMapping ? Self.string(event.data.mapping_start.anchor)
                : Self.string(event.data.sequence_start.anchor)
            let tag = isMapping ? Self.explicitTag(event.data.mapping_start.tag)
                : Self.explicitTag(event.data.sequence_start.tag)
            stack.append(Frame(isMapping: isMapping, mark: start, anchor: anchor, tag: tag))
        case YAML_SEQUENCE_END_EVENT:
            let frame = stack.removeLast()
            let node = YAMLNode(.sequence(frame.items), mark: frame.mark, tag: frame.tag)
            return add(node, weight: frame.weight, anchor: frame.anchor)
        case YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let node = YAMLNode(.mapping(Self.flatten(frame)), mark: frame.mark, tag: frame.tag)
            return add(node, weight: frame.weight, anchor: frame.anchor)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                return .failure(YAMLError(.undefinedAlias, "undefined alias '*\(name)'", at: location(start)))
            }
            aliasExpansion += anchored.weight
            if aliasExpansion > limits.maxAliasExpansion {
                return .failure(YAMLError(
                    .aliasBudget,
                    "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to load (billion laughs?)",
                    at: location(start)))
            }
            var node = anchored.node
            node.aliasMark = start
            return add(node, weight: anchored.weight, anchor: nil)
        default:
            break
        }
        return .success(())
    }

    static func explicitTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = string(pointer), tag != "!" else { return nil }
        return tag
    }

    /// Places a finished node into its parent (or makes it the root) and checks mapping keys.
    mutating func add(_ node: YAMLNode, weight: Int, anchor: String?) -> Result<Void, YAMLError> {
        nodeCount += 1
        if let anchor { anchors[anchor] = (node, weight) }
        guard !stack.isEmpty else {
            root = node
            return .success(())
        }
        let top = stack.count - 1
        stack[top].weight += weight
        if !stack[top].isMapping {
            stack[top].items.append(node)
            return .success(())
        }
        guard let key = stack[top].pendingKey else {
            if case .scalar(let text, let style) = node.content, node.aliasMark == nil {
                if let first = firstDefinition(of: text, in: stack[top]) {
                    return .failure(YAMLError(
                        .duplicateKey, "duplicate key '\(text)' (first defined at \(first))", at: location(node.mark)))
                }
                if !(text == "<<" && node.tag == nil && style == .plain) {
                    recordKey(text, at: node.mark, in: &stack[top])
                }
            }
            stack[top].pendingKey = node
            return .success(())
        }
        stack[top].pendingKey = nil
        if key.scalar == "<<", key.tag == nil, Self.isPlain(key) {
            var merged: [YAMLPair]
            switch node.content {
            case .mapping(let pairs):
                merged = pairs
            case .sequence(let sources):
                merged = []
                for source in sources {
                    guard case .mapping(let pairs) = source.content else {
                        return .failure(YAMLError(
                            .invalidMerge, "a merge key '<<' takes a mapping or a sequence of mappings",
                            at: location(source.reportedMark)))
                    }
                    merged.append(contentsOf: pairs)
                }
            case .scalar:
                return .failure(YAMLError(
                    .invalidMerge, "a merge key '<<' takes a mapping or a sequence of mappings",
                    at: location(node.reportedMark)))
            }
            stack[top].merges = (stack[top].merges ?? []) + [(stack[top].pairs.count, merged)]
            return .success(())
        }
        stack[top].pairs.append(YAMLPair(key: key, value: node))
        return .success(())
    }

    /// Where `key` was first written in the mapping being built, if it was.
    func firstDefinition(of key: String, in frame: Frame) -> YAMLMark? {
        if let keyIndex = frame.keyIndex { return keyIndex[key] }
        for pair in frame.pairs {
            if case .scalar(let text, _) = pair.key.content, text == key, !Self.isMergeKey(pair.key) {
                return pair.key.mark
            }
        }
        return nil
    }

    func recordKey(_ key: String, at mark: YAMLMark, in frame: inout Frame) {
        if frame.keyIndex != nil {
            frame.keyIndex?[key] = mark
        } else if frame.pairs.count >= Self.linearKeyScanLimit {
            var index = [String: YAMLMark](minimumCapacity: frame.pairs.count * 2)
            for pair in frame.pairs {
                if let text = pair.key.scalar, index[text] == nil { index[text] = pair.key.mark }
            }
            index[key] = mark
            frame.keyIndex = index
        }
    }

    static func isMergeKey(_ node: YAMLNode) -> Bool {
        node.tag == nil && node.content == .scalar("<<", .plain)
    }

    static func isPlain(_ node: YAMLNode) -> Bool {
        if case .scalar(_, .plain) = node.content { return true }
        return false
    }

    /// Resolves merge keys: explicit keys win, earlier merge sources win over later ones, and merged entries take
    /// the place of their `<<` key so document order is kept.
    static func flatten(_ frame: Frame) -> [YAMLPair] {
        guard let merges = frame.merges else { return frame.pairs }
        let explicitKeys = Set(frame.pairs.compactMap { $0.key.scalar })
        var result: [YAMLPair] = []
        var mergedKeys: Set<String> = []
        var next = 0
        for merge in merges {
            result.append(contentsOf: frame.pairs[next..<merge.position])
            next = merge.position
            for var pair in merge.pairs {
                guard let key = pair.key.scalar else { continue }
                if explicitKeys.contains(key) || mergedKeys.contains(key) { continue }
                mergedKeys.insert(key)
                pair.isMerged = true
                result.append(pair)
            }
        }
        result.append(contentsOf: frame.pairs[next...])
        return result
    }

    func parserError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = Self.cString(parser.problem) ?? "unknown libyaml error"
        if parser.error == YAML_READER_ERROR {
            let offset = Int(parser.problem_offset)
            let where_ = markForOffset(offset)
            var detail = problem
            if parser.problem_value != -1, problem.contains("octet") || problem.contains("character") {
                detail += String(format: " (0x%02X)", parser.problem_value)
            }
            return YAMLError(.encoding, "the file is not valid UTF-8: \(detail)", at: location(where_))
        }
        var message = problem
        if let context = Self.cString(parser.context) {
            let contextMark = Self.mark(parser.context_mark)
            message += " (\(context) at \(contextMark))"
        }
        return YAMLError(.syntax, message, at: location(Self.mark(parser.problem_mark)))
    }

    static func cString(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// libyaml's reader reports byte offsets; convert to the line and column the user sees.
    func markForOffset(_ offset: Int) -> YAMLMark {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return YAMLMark(line: line, column: column)
    }
}
