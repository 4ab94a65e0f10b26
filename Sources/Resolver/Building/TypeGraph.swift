/// Finds the types that take part in reference cycles, so emitters know which to box.
enum TypeGraph {
    /// Edges from each type to the types it mentions; `direct` is false when the mention is inside an array or map
    /// (collections store their elements out of line, so they break the need for a box).
    static func edges(of type: NamedType) -> [(target: String, direct: Bool)] {
        var result: [(String, Bool)] = []
        func visit(_ reference: TypeRef, direct: Bool) {
            switch reference {
            case .named(let name): result.append((name, direct))
            case .nullable(let wrapped): visit(wrapped, direct: direct)
            case .array(let element), .map(let element): visit(element, direct: false)
            case .primitive, .anyJSON: break
            }
        }
        switch type.kind {
        case .object(let object):
            object.properties.forEach { visit($0.type, direct: true) }
            if let additional = object.additionalProperties { visit(additional, direct: false) }
        case .union(let union): union.cases.forEach { visit($0.type, direct: true) }
        case .alias(let target): visit(target, direct: true)
        case .enumeration: break
        }
        return result
    }

    /// Marks `isRecursive` (on any cycle) and `needsIndirection` (on a cycle of direct mentions only).
    static func markCycles(_ types: inout [String: NamedType]) {
        let names = types.keys.sorted()
        let all = names.reduce(into: [String: [(String, Bool)]]()) { $0[$1] = edges(of: types[$1]!) }
        let direct = all.mapValues { $0.filter(\.1) }
        for name in stronglyConnected(names, all) { types[name]?.isRecursive = true }
        for name in stronglyConnected(names, direct) { types[name]?.needsIndirection = true }
    }

    /// Names in a strongly connected component of size > 1, or with an edge to themselves (Tarjan's algorithm,
    /// iterative so deep schemas cannot overflow the stack).
    private static func stronglyConnected(_ names: [String], _ edges: [String: [(String, Bool)]]) -> Set<String> {
        var index = 0
        var indices: [String: Int] = [:]
        var lowLinks: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var result: Set<String> = []
        for start in names where indices[start] == nil {
            var work: [(node: String, next: Int)] = [(start, 0)]
            indices[start] = index
            lowLinks[start] = index
            index += 1
            stack.append(start)
            onStack.insert(start)
            while let frame = work.last {
                let successors = edges[frame.node] ?? []
                if frame.next < successors.count {
                    work[work.count - 1].next += 1
                    let target = successors[frame.next].0
                    guard edges[target] != nil else { continue }
                    if indices[target] == nil {
                        indices[target] = index
                        lowLinks[target] = index
                        index += 1
                        stack.append(target)
                        onStack.insert(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLinks[frame.node] = min(lowLinks[frame.node]!, indices[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLinks[parent] = min(lowLinks[parent]!, lowLinks[frame.node]!) }
                guard lowLinks[frame.node] == indices[frame.node] else { continue }
                var component: [String] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    component.append(member)
                    if member == frame.node { break }
                }
                let selfLoop = (edges[frame.node] ?? []).contains { $0.0 == frame.node }
                if component.count > 1 || selfLoop { result.formUnion(component) }
            }
        }
        return result
    }
}
