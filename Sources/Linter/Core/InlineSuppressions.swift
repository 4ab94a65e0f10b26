import Diagnostics

/// `x-lint-ignore` on a node switches rules off for that node and everything under it:
/// `x-lint-ignore: operation-4xx-response`, a list of rule ids, or a mapping of rule id to reason.
struct InlineSuppressions {
    /// Rule ids (or `*`) by the pointer of the node that carries them.
    private var rulesByPointer: [String: Set<String>] = [:]

    init(root: LintNode) {
        visit(root)
    }

    private mutating func visit(_ node: LintNode) {
        for (key, value) in node.entries {
            if key == "x-lint-ignore" {
                var rules = Set<String>()
                if let single = value.string { rules.insert(single) }
                rules.formUnion(value.items.compactMap(\.string))
                rules.formUnion(value.entries.map(\.key))
                rulesByPointer[node.pointer, default: []].formUnion(rules)
            } else {
                visit(value)
            }
        }
        for item in node.items { visit(item) }
    }

    func suppresses(_ finding: Diagnostic) -> Bool {
        var pointer = finding.pointer ?? ""
        while true {
            if let rules = rulesByPointer[pointer], rules.contains(finding.id.rawValue) || rules.contains("*") {
                return true
            }
            guard let slash = pointer.lastIndex(of: "/") else { return false }
            pointer = String(pointer[..<slash])
        }
    }
}
