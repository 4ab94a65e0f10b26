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
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayName: how locations name the file; defaults to `path`.
    /// - Returns: the document's root node.
    /// - Throws: `YAMLError` for an unreadable file, invalid UTF-8 or YAML, or a violated limit.
    public func load(contentsOf path: String, displayName: String? = nil) throws(YAMLError) -> YAMLDocument {
        let name = displayName ?? path
        let bytes: [UInt8]
        do {
            bytes = try SourceFile.read(path, maximumBytes: limits.maxFileBytes)
        } catch {
            throw YAMLError(.unreadable, "cannot read '\(name)': \(error.reason)", at: nil)
        }
        return try load(bytes: bytes, file: name)
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
}

/// The mutable state of one load: the storage being filled, a stack of open collections and the anchors seen.
private struct TreeBuilder {
    typealias Record = YAMLStorage.Record

    struct Frame {
        var record: Int
        var isMapping: Bool
        /// Where this collection's child slots begin in `scratch`.
        var childStart: Int
        var weight = 1
        var anchor: String?
        /// The next child is the value of a merge key (`<<`).
        var pendingMerge = false
        /// Merge sources and the number of explicit entries written before each; rare, so optional.
        var merges: [(position: Int, source: UInt32)]?
        /// Keys of a large mapping; small mappings are scanned instead, which beats hashing for a few keys.
        var keyIndex: [String: YAMLMark]?
    }

    static let linearKeyScanLimit = 16

    let file: String
    let limits: YAMLLoaderLimits
    let bytes: [UInt8]
    var records: [Record] = []
    var children: [UInt32] = []
    var scratch: [UInt32] = []
    var text: [UInt8] = []
    var tags: [UInt32: String] = [:]
    var stack: [Frame] = []
    var anchors: [String: (slot: UInt32, weight: Int)] = [:]
    var aliasExpansion = 0
    var root: UInt32?
    var documentCount = 0

    init(file: String, limits: YAMLLoaderLimits, bytes: [UInt8]) {
        self.file = file
        self.limits = limits
        self.bytes = bytes
        records.reserveCapacity(bytes.count / 12)
        children.reserveCapacity(bytes.count / 12)
        text.reserveCapacity(bytes.count / 2)
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func location(line: UInt32, column: UInt32) -> SourceLocation {
        SourceLocation(file: file, line: Int(line), column: Int(column))
    }

    mutating func run() throws(YAMLError) -> YAMLDocument {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(.unreadable, "libyaml could not allocate a parser", at: nil)
        }
        defer { yaml_parser_delete(&parser) }
        let failure: YAMLError? = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return parserError(parser) }
                let failure = handle(&event)
                let type = event.type
                yaml_event_delete(&event)
                if let failure { return failure }
                if type == YAML_STREAM_END_EVENT { return nil }
            }
        }
        if let failure { throw failure }
        guard let root else {
            throw YAMLError(
                .emptyDocument, "the file contains no YAML document", at: location(YAMLMark(line: 1, column: 1)))
        }
        let storage = YAMLStorage(records: records, children: children, text: text, tags: tags)
        return YAMLDocument(file: file, root: YAMLNode(storage: storage, slot: root), nodeCount: records.count)
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    static func explicitTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = string(pointer), tag != "!" else { return nil }
        return tag
    }

    mutating func handle(_ event: inout yaml_event_t) -> YAMLError? {
        let line = UInt32(event.start_mark.line + 1)
        let column = UInt32(event.start_mark.column + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                return YAMLError(
                    .multipleDocuments,
                    "the file contains more than one YAML document; an OpenAPI document must be a single document",
                    at: location(line: line, column: column))
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let style: YAMLScalarStyle
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let slot = UInt32(records.count)
            let start = UInt32(text.count)
            if data.length > 0 { text.append(contentsOf: UnsafeBufferPointer(start: data.value, count: data.length)) }
            records.append(
                Record(
                    kindAndStyle: YAMLStorage.Kind.scalar.rawValue | (style.rawValue << 4), line: line, column: column,
                    start: start, count: UInt32(data.length)))
            if data.tag != nil, let tag = Self.explicitTag(data.tag) { tags[slot] = tag }
            return add(slot, weight: 1, anchor: data.anchor == nil ? nil : Self.string(data.anchor))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            if stack.count >= limits.maxDepth {
                return YAMLError(
                    .depthLimit, "nesting deeper than \(limits.maxDepth) levels",
                    at: location(line: line, column: column))
            }
            let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            let slot = records.count
            records.append(
                Record(
                    kindAndStyle: (isMapping ? YAMLStorage.Kind.mapping : YAMLStorage.Kind.sequence).rawValue,
                    line: line, column: column, start: 0, count: 0))
            if tagPointer != nil, let tag = Self.explicitTag(tagPointer) { tags[UInt32(slot)] = tag }
            stack.append(
                Frame(
                    record: slot, isMapping: isMapping, childStart: scratch.count,
                    anchor: anchorPointer == nil ? nil : Self.string(anchorPointer)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let start = UInt32(children.count)
            if frame.merges != nil {
                appendMerged(frame)
            } else {
                children.append(contentsOf: scratch[frame.childStart...])
            }
            scratch.removeSubrange(frame.childStart...)
            records[frame.record].start = start
            records[frame.record].count = UInt32(children.count) - start
            return add(UInt32(frame.record), weight: frame.weight, anchor: frame.anchor)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                return YAMLError(
                    .undefinedAlias, "undefined alias '*\(name)'", at: location(line: line, column: column))
            }
            aliasExpansion += anchored.weight
            if aliasExpansion > limits.maxAliasExpansion {
                return YAMLError(
                    .aliasBudget,
                    "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to load (billion laughs?)",
                    at: location(line: line, column: column))
            }
            let slot = UInt32(records.count)
            records.append(
                Record(
                    kindAndStyle: YAMLStorage.Kind.alias.rawValue, line: line, column: column, start: anchored.slot,
                    count: 0))
            return add(slot, weight: anchored.weight, anchor: nil)
        default:
            break
        }
        return nil
    }

    /// The record an alias points at, or the record itself.
    func resolved(_ slot: UInt32) -> Record {
        let record = records[Int(slot)]
        return record.kind == .alias ? records[Int(record.start)] : record
    }

    /// Places a finished node into its parent (or makes it the root) and checks mapping keys.
    mutating func add(_ slot: UInt32, weight: Int, anchor: String?) -> YAMLError? {
        if let anchor { anchors[anchor] = (slot, weight) }
        guard !stack.isEmpty else {
            root = slot
            return nil
        }
        let top = stack.count - 1
        stack[top].weight += weight
        guard stack[top].isMapping else {
            scratch.append(slot)
            return nil
        }
        if stack[top].pendingMerge {
            stack[top].pendingMerge = false
            return recordMerge(slot, in: top)
        }
        let isKey = (scratch.count - stack[top].childStart) % 2 == 0
        let record = records[Int(slot)]
        if isKey, record.kind == .scalar {
            let style = record.kindAndStyle >> 4
            if style == YAMLScalarStyle.plain.rawValue, record.count == 2, tags[slot] == nil,
                text[Int(record.start)] == 0x3C, text[Int(record.start) + 1] == 0x3C
            {
                stack[top].pendingMerge = true
                return nil
            }
            if let first = firstDefinition(of: record, in: top) {
                let key = String(decoding: text[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
                return YAMLError(
                    .duplicateKey, "duplicate key '\(key)' (first defined at \(first))",
                    at: location(line: record.line, column: record.column))
            }
        }
        scratch.append(slot)
        return nil
    }

    /// Where the scalar key `record` was first written in the mapping at stack position `top`, if it was.
    mutating func firstDefinition(of record: Record, in top: Int) -> YAMLMark? {
        let start = stack[top].childStart
        let keyCount = (scratch.count - start) / 2
        if keyCount >= Self.linearKeyScanLimit {
            let key = String(decoding: text[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
            if stack[top].keyIndex == nil {
                var index = [String: YAMLMark](minimumCapacity: keyCount * 2)
                for position in stride(from: start, to: scratch.count, by: 2) {
                    let keyRecord = records[Int(scratch[position])]
                    guard keyRecord.kind == .scalar else { continue }
                    let text = String(
                        decoding: self.text[Int(keyRecord.start)..<Int(keyRecord.start + keyRecord.count)],
                        as: UTF8.self)
                    if index[text] == nil {
                        index[text] = YAMLMark(line: Int(keyRecord.line), column: Int(keyRecord.column))
                    }
                }
                stack[top].keyIndex = index
            }
            if let first = stack[top].keyIndex?[key] { return first }
            stack[top].keyIndex?[key] = YAMLMark(line: Int(record.line), column: Int(record.column))
            return nil
        }
        return text.withUnsafeBufferPointer { text in
            let length = Int(record.count)
            let newStart = Int(record.start)
            // Keys that are the same text in another Unicode normalization (`é` as one scalar or as `e` and a
            // combining accent) are one key to every later stage, which compares strings: duplicates here too.
            let newKey = text[newStart..<newStart + length]
            let isASCII = newKey.allSatisfy { $0 < 0x80 }
            for position in stride(from: start, to: scratch.count, by: 2) {
                let keyRecord = records[Int(scratch[position])]
                guard keyRecord.kind == .scalar else { continue }
                if !isASCII, Int(keyRecord.count) != length {
                    let oldKey = text[Int(keyRecord.start)..<Int(keyRecord.start + keyRecord.count)]
                    if !oldKey.allSatisfy({ $0 < 0x80 }),
                        String(decoding: oldKey, as: UTF8.self) == String(decoding: newKey, as: UTF8.self)
                    {
                        return YAMLMark(line: Int(keyRecord.line), column: Int(keyRecord.column))
                    }
                    continue
                }
                guard Int(keyRecord.count) == length else { continue }
                let oldStart = Int(keyRecord.start)
                var equal = true
                for offset in 0..<length where text[oldStart + offset] != text[newStart + offset] {
                    equal = false
                    break
                }
                if equal { return YAMLMark(line: Int(keyRecord.line), column: Int(keyRecord.column)) }
            }
            return nil
        }
    }

    /// Checks that a merge value is a mapping or a sequence of mappings and remembers it for `appendMerged`.
    mutating func recordMerge(_ slot: UInt32, in top: Int) -> YAMLError? {
        let value = resolved(slot)
        let valueRecord = records[Int(slot)]
        switch value.kind {
        case .mapping:
            break
        case .sequence:
            for index in Int(value.start)..<Int(value.start + value.count) {
                let item = records[Int(children[index])]
                if resolved(children[index]).kind != .mapping {
                    return YAMLError(
                        .invalidMerge, "a merge key '<<' takes a mapping or a sequence of mappings",
                        at: location(line: item.line, column: item.column))
                }
            }
        default:
            return YAMLError(
                .invalidMerge, "a merge key '<<' takes a mapping or a sequence of mappings",
                at: location(line: valueRecord.line, column: valueRecord.column))
        }
        let position = (scratch.count - stack[top].childStart) / 2
        stack[top].merges = (stack[top].merges ?? []) + [(position, slot)]
        return nil
    }

    func keyText(_ slot: UInt32) -> String? {
        let record = resolved(slot & ~YAMLStorage.mergedFlag)
        guard record.kind == .scalar else { return nil }
        return String(decoding: text[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
    }

    /// Appends a mapping's entries with merge keys resolved: explicit keys win, earlier merge sources win over
    /// later ones, and merged entries take the place of their `<<` key so document order is kept.
    mutating func appendMerged(_ frame: Frame) {
        let explicit = Array(scratch[frame.childStart...])
        let explicitKeys = Set(stride(from: 0, to: explicit.count, by: 2).compactMap { keyText(explicit[$0]) })
        var mergedKeys: Set<String> = []
        var next = 0
        for merge in frame.merges ?? [] {
            children.append(contentsOf: explicit[next..<(merge.position * 2)])
            next = merge.position * 2
            let value = resolved(merge.source)
            let sources: [Record] =
                value.kind == .mapping
                ? [value] : (Int(value.start)..<Int(value.start + value.count)).map { resolved(children[$0]) }
            for source in sources {
                for index in stride(from: Int(source.start), to: Int(source.start + source.count), by: 2) {
                    let keySlot = children[index] & ~YAMLStorage.mergedFlag
                    guard let key = keyText(keySlot), !explicitKeys.contains(key), !mergedKeys.contains(key) else {
                        continue
                    }
                    mergedKeys.insert(key)
                    children.append(keySlot | YAMLStorage.mergedFlag)
                    children.append(children[index + 1])
                }
            }
        }
        children.append(contentsOf: explicit[next...])
    }

    func parserError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = Self.cString(parser.problem) ?? "unknown libyaml error"
        if parser.error == YAML_READER_ERROR {
            let offset = Int(parser.problem_offset)
            let mark = markForOffset(offset)
            var detail = problem
            if parser.problem_value != -1, problem.contains("octet") || problem.contains("character") {
                detail += String(format: " (0x%02X)", parser.problem_value)
            }
            return YAMLError(.encoding, "the file is not valid UTF-8: \(detail)", at: location(mark))
        }
        var message = problem
        if let context = Self.cString(parser.context) {
            message += " (\(context) at \(parser.context_mark.line + 1):\(parser.context_mark.column + 1))"
        }
        return YAMLError(
            .syntax, message,
            at: location(line: UInt32(parser.problem_mark.line + 1), column: UInt32(parser.problem_mark.column + 1)))
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
