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
        if JSONReader.looksLikeJSON(bytes, file: file) {
            var json = JSONReader(bytes: bytes, file: file, limits: limits)
            do throws(YAMLError) {
                return try json.read()
            } catch {
                // A file not named `.json` that opens with `{` may be YAML flow style rather than JSON: libyaml
                // decides. Any other failure is the JSON reader's to report.
                guard JSONReader.mayBeYAMLFlow(file: file), error.kind == .syntax else { throw error }
            }
        }
        var reader = LibYAMLReader(file: file, limits: limits, bytes: bytes)
        return try reader.run()
    }

    /// Loads a document from a string.
    public func load(string: String, file: String) throws(YAMLError) -> YAMLDocument {
        try load(bytes: Array(string.utf8), file: file)
    }
}

/// Drives libyaml's event parser into a `YAMLTreeBuilder`.
struct LibYAMLReader {
    let file: String
    let bytes: [UInt8]
    var tree: YAMLTreeBuilder
    var documentCount = 0

    init(file: String, limits: YAMLLoaderLimits, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        tree = YAMLTreeBuilder(file: file, limits: limits, sourceBytes: bytes.count)
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
                let failure: YAMLError?
                do throws(YAMLError) {
                    try handle(&event)
                    failure = nil
                } catch {
                    failure = error
                }
                let type = event.type
                yaml_event_delete(&event)
                if let failure { return failure }
                if type == YAML_STREAM_END_EVENT { return nil }
            }
        }
        if let failure { throw failure }
        return try tree.finish()
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    static func explicitTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let tag = string(pointer), tag != "!" else { return nil }
        return tag
    }

    mutating func handle(_ event: inout yaml_event_t) throws(YAMLError) {
        let line = UInt32(event.start_mark.line + 1)
        let column = UInt32(event.start_mark.column + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                throw YAMLError(
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
            try tree.addScalar(
                UnsafeBufferPointer(start: data.value, count: data.length), style: style, line: line, column: column,
                tag: data.tag == nil ? nil : Self.explicitTag(data.tag),
                anchor: data.anchor == nil ? nil : Self.string(data.anchor))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            let tagPointer = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
            try tree.beginCollection(
                mapping: isMapping, line: line, column: column,
                tag: tagPointer == nil ? nil : Self.explicitTag(tagPointer),
                anchor: anchorPointer == nil ? nil : Self.string(anchorPointer))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try tree.endCollection()
        case YAML_ALIAS_EVENT:
            try tree.addAlias(named: Self.string(event.data.alias.anchor) ?? "", line: line, column: column)
        default:
            break
        }
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
