public import Diagnostics
import OpenAPIModel
public import YAMLLoader

/// A node of the document with its JSON pointer and the location to report: the key it stands under when it has
/// one (so a finding about an operation points at `get:`), else the node itself.
public struct LintNode: Sendable {
    /// The YAML node.
    public var node: YAMLNode
    /// The node's JSON pointer in its file.
    public var pointer: String
    /// The file the node is in, as diagnostics name it.
    public var file: String
    /// Where findings about this node point.
    public var mark: YAMLMark

    /// Where the node starts.
    public var location: SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }

    /// The value of `key` when this is a mapping that has it.
    public subscript(key: String) -> LintNode? {
        guard let mapping = node.mapping else { return nil }
        for pair in mapping where pair.key.isScalar(key) {
            return LintNode(
                node: pair.value, pointer: pointer + "/" + JSONPointer.escape(key), file: file, mark: pair.key.mark)
        }
        return nil
    }

    /// The entries of a mapping, each under its key.
    public var entries: [(key: String, value: LintNode)] {
        guard let mapping = node.mapping else { return [] }
        return mapping.compactMap { pair in
            guard let key = pair.key.scalar else { return nil }
            return (
                key,
                LintNode(
                    node: pair.value, pointer: pointer + "/" + JSONPointer.escape(key), file: file, mark: pair.key.mark)
            )
        }
    }

    /// The items of a sequence.
    public var items: [LintNode] {
        guard let sequence = node.sequence else { return [] }
        return sequence.enumerated().map { index, item in
            LintNode(node: item, pointer: pointer + "/\(index)", file: file, mark: item.reportedMark)
        }
    }

    /// The node itself as the location (for a value rather than its key).
    public var valueLocation: SourceLocation {
        SourceLocation(file: file, line: node.reportedMark.line, column: node.reportedMark.column)
    }

    /// The text of a scalar; `nil` for a sequence or mapping.
    public var string: String? { node.kind == .scalar ? node.scalar : nil }
}
