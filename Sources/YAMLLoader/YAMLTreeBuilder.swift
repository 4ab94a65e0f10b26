public import Diagnostics

/// Builds a `YAMLDocument` from a stream of node events: the one place node records are written, shared by the
/// libyaml reader, the JSON reader and converters that rewrite a loaded tree (Swagger 2.0 into OpenAPI 3).
///
/// It keeps the line and column it is given for every node, resolves anchors, aliases and merge keys, rejects
/// duplicate keys and bounds nesting depth and alias expansion.
public struct YAMLTreeBuilder {
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
    var records: [Record] = []
    var children: [UInt32] = []
    var scratch: [UInt32] = []
    var text: [UInt8] = []
    var tags: [UInt32: String] = [:]
    var origins: [UInt32: String] = [:]
    var stack: [Frame] = []
    var anchors: [String: (slot: UInt32, weight: Int)] = [:]
    var aliasExpansion = 0
    var root: UInt32?

    /// Creates a builder for the file named `file` in locations.
    ///
    /// - Parameters:
    ///   - file: the name locations carry.
    ///   - limits: nesting and alias bounds.
    ///   - sourceBytes: the size of the text being read, to reserve storage up front (0 when unknown).
    public init(file: String, limits: YAMLLoaderLimits = .default, sourceBytes: Int = 0) {
        self.file = file
        self.limits = limits
        records.reserveCapacity(sourceBytes / 12)
        children.reserveCapacity(sourceBytes / 12)
        text.reserveCapacity(sourceBytes / 2)
    }

    /// How many collections are open.
    public var depth: Int { stack.count }

    /// The file the nodes added from now on were written in, when it is not the document's own (a `$ref` target
    /// of another file spliced in); `YAMLNode.originFile` reports it.
    public var origin: String?

    func location(line: UInt32, column: UInt32) -> SourceLocation {
        SourceLocation(file: file, line: Int(line), column: Int(column))
    }

    /// Adds a scalar whose text is `bytes`.
    mutating func addScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, style: YAMLScalarStyle, line: UInt32, column: UInt32, tag: String?,
        anchor: String?
    ) throws(YAMLError) {
        let slot = UInt32(records.count)
        let start = UInt32(text.count)
        if !bytes.isEmpty { text.append(contentsOf: bytes) }
        records.append(
            Record(
                kindAndStyle: YAMLStorage.Kind.scalar.rawValue | (style.rawValue << 4), line: line, column: column,
                start: start, count: UInt32(bytes.count)))
        if let tag { tags[slot] = tag }
        if let origin { origins[slot] = origin }
        try add(slot, weight: 1, anchor: anchor)
    }

    /// Adds a scalar with the text `value`, written at `mark`.
    public mutating func addScalar(
        _ value: String, style: YAMLScalarStyle = .plain, at mark: YAMLMark, tag: String? = nil
    ) throws(YAMLError) {
        var value = value
        let result: YAMLError? = value.withUTF8 { bytes -> YAMLError? in
            do throws(YAMLError) {
                try addScalar(
                    bytes, style: style, line: UInt32(mark.line), column: UInt32(mark.column), tag: tag, anchor: nil)
                return nil
            } catch { return error }
        }
        if let result { throw result }
    }

    /// Opens a mapping (or a sequence) written at `line`:`column`; `endCollection` closes it.
    mutating func beginCollection(
        mapping isMapping: Bool, line: UInt32, column: UInt32, tag: String?, anchor: String?
    ) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError(
                .depthLimit, "nesting deeper than \(limits.maxDepth) levels", at: location(line: line, column: column))
        }
        let slot = records.count
        records.append(
            Record(
                kindAndStyle: (isMapping ? YAMLStorage.Kind.mapping : YAMLStorage.Kind.sequence).rawValue,
                line: line, column: column, start: 0, count: 0))
        if let tag { tags[UInt32(slot)] = tag }
        if let origin { origins[UInt32(slot)] = origin }
        stack.append(Frame(record: slot, isMapping: isMapping, childStart: scratch.count, anchor: anchor))
    }

    /// Opens a mapping written at `mark`; its entries follow as key, value, key, value.
    public mutating func beginMapping(at mark: YAMLMark) throws(YAMLError) {
        try beginCollection(
            mapping: true, line: UInt32(mark.line), column: UInt32(mark.column), tag: nil, anchor: nil)
    }

    /// Opens a sequence written at `mark`.
    public mutating func beginSequence(at mark: YAMLMark) throws(YAMLError) {
        try beginCollection(
            mapping: false, line: UInt32(mark.line), column: UInt32(mark.column), tag: nil, anchor: nil)
    }

    /// Closes the innermost open mapping or sequence.
    public mutating func endCollection() throws(YAMLError) {
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
        try add(UInt32(frame.record), weight: frame.weight, anchor: frame.anchor)
    }

    /// Adds a use of the anchor `name` (`*name`).
    mutating func addAlias(named name: String, line: UInt32, column: UInt32) throws(YAMLError) {
        guard let anchored = anchors[name] else {
            throw YAMLError(.undefinedAlias, "undefined alias '*\(name)'", at: location(line: line, column: column))
        }
        aliasExpansion += anchored.weight
        if aliasExpansion > limits.maxAliasExpansion {
            throw YAMLError(
                .aliasBudget,
                "aliases expand to more than \(limits.maxAliasExpansion) nodes; refusing to load (billion laughs?)",
                at: location(line: line, column: column))
        }
        let slot = UInt32(records.count)
        records.append(
            Record(
                kindAndStyle: YAMLStorage.Kind.alias.rawValue, line: line, column: column, start: anchored.slot,
                count: 0))
        try add(slot, weight: anchored.weight, anchor: nil)
    }

    /// Adds a copy of `node` and everything under it, each node keeping the line and column it was written at.
    /// Aliases in the source are copied as the nodes they stand for.
    public mutating func copy(_ node: YAMLNode) throws(YAMLError) {
        // A work list rather than recursion: a copied subtree may be as deep as the loader allows.
        enum Step {
            case node(YAMLNode)
            case end
        }
        var steps: [Step] = [.node(node)]
        let base = origin
        defer { origin = base }
        while let step = steps.popLast() {
            switch step {
            case .end:
                try endCollection()
            case .node(let node):
                // A node spliced in from another file keeps saying so in the copy.
                origin = node.originFile ?? base
                let mark = node.mark
                let line = UInt32(mark.line)
                let column = UInt32(mark.column)
                if let mapping = node.mapping {
                    try beginCollection(mapping: true, line: line, column: column, tag: node.tag, anchor: nil)
                    steps.append(.end)
                    for pair in mapping.reversed() {
                        steps.append(.node(pair.value))
                        steps.append(.node(pair.key))
                    }
                } else if let sequence = node.sequence {
                    try beginCollection(mapping: false, line: line, column: column, tag: node.tag, anchor: nil)
                    steps.append(.end)
                    for item in sequence.reversed() { steps.append(.node(item)) }
                } else {
                    let style = node.scalarStyle ?? .plain
                    let failure: YAMLError?? = node.withScalarBytes { bytes -> YAMLError? in
                        do throws(YAMLError) {
                            try addScalar(bytes, style: style, line: line, column: column, tag: node.tag, anchor: nil)
                            return nil
                        } catch { return error }
                    }
                    if let failure = failure ?? nil { throw failure }
                }
            }
        }
    }

    /// The finished document.
    ///
    /// - Throws: `YAMLError` when nothing was added.
    public func finish() throws(YAMLError) -> YAMLDocument {
        guard let root else {
            throw YAMLError(.emptyDocument, "the file contains no YAML document", at: location(line: 1, column: 1))
        }
        let storage = YAMLStorage(records: records, children: children, text: text, tags: tags, origins: origins)
        return YAMLDocument(file: file, root: YAMLNode(storage: storage, slot: root), nodeCount: records.count)
    }

    /// The record an alias points at, or the record itself.
    func resolved(_ slot: UInt32) -> Record {
        let record = records[Int(slot)]
        return record.kind == .alias ? records[Int(record.start)] : record
    }

    /// Places a finished node into its parent (or makes it the root) and checks mapping keys.
    mutating func add(_ slot: UInt32, weight: Int, anchor: String?) throws(YAMLError) {
        if let anchor { anchors[anchor] = (slot, weight) }
        guard !stack.isEmpty else {
            root = slot
            return
        }
        let top = stack.count - 1
        stack[top].weight += weight
        guard stack[top].isMapping else {
            scratch.append(slot)
            return
        }
        if stack[top].pendingMerge {
            stack[top].pendingMerge = false
            try recordMerge(slot, in: top)
            return
        }
        let isKey = (scratch.count - stack[top].childStart) % 2 == 0
        let record = records[Int(slot)]
        if isKey, record.kind == .scalar {
            let style = record.kindAndStyle >> 4
            if style == YAMLScalarStyle.plain.rawValue, record.count == 2, tags[slot] == nil,
                text[Int(record.start)] == 0x3C, text[Int(record.start) + 1] == 0x3C
            {
                stack[top].pendingMerge = true
                return
            }
            if let first = firstDefinition(of: record, in: top) {
                let key = String(decoding: text[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
                throw YAMLError(
                    .duplicateKey, "duplicate key '\(key)' (first defined at \(first))",
                    at: location(line: record.line, column: record.column))
            }
        }
        scratch.append(slot)
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
    mutating func recordMerge(_ slot: UInt32, in top: Int) throws(YAMLError) {
        let value = resolved(slot)
        let valueRecord = records[Int(slot)]
        switch value.kind {
        case .mapping:
            break
        case .sequence:
            for index in Int(value.start)..<Int(value.start + value.count) {
                let item = records[Int(children[index])]
                if resolved(children[index]).kind != .mapping {
                    throw YAMLError(
                        .invalidMerge, "a merge key '<<' takes a mapping or a sequence of mappings",
                        at: location(line: item.line, column: item.column))
                }
            }
        default:
            throw YAMLError(
                .invalidMerge, "a merge key '<<' takes a mapping or a sequence of mappings",
                at: location(line: valueRecord.line, column: valueRecord.column))
        }
        let position = (scratch.count - stack[top].childStart) / 2
        stack[top].merges = (stack[top].merges ?? []) + [(position, slot)]
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
}
