/// Finds the types that take part in reference cycles, so emitters know which to box.
enum TypeGraph {
    /// Edges from a type to the types it mentions; `direct` is false when the mention is inside an array or map
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

    /// Chains of aliases that come back to where they started (`A: {$ref: B}`, `B: {$ref: A}`, or `A: {$ref: A}`):
    /// such schemas describe no value at all. Each cycle once, its members in order from the smallest name, found
    /// without recursion (each alias has one target, so a walk per chain is enough).
    static func aliasCycles(_ types: [String: NamedType]) -> [[String]] {
        var done: Set<String> = []
        var cycles: [[String]] = []
        for start in types.keys.sorted() where !done.contains(start) {
            var path: [String] = []
            var onPath: [String: Int] = [:]
            var current = start
            while !done.contains(current), onPath[current] == nil {
                guard case .alias(let target)? = types[current]?.kind, case .named(let next) = target.nonNullable else {
                    break
                }
                onPath[current] = path.count
                path.append(current)
                current = next
            }
            if let position = onPath[current] {
                let cycle = Array(path[position...])
                let first = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
                cycles.append(Array(cycle[first...] + cycle[..<first]))
            }
            done.formUnion(path)
        }
        return cycles
    }

    /// Marks `isRecursive` (on any cycle) and `needsIndirection` (on a cycle of direct mentions only).
    static func markCycles(_ types: inout [String: NamedType]) {
        let names = types.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var all: [[Int]] = Array(repeating: [], count: names.count)
        var direct: [[Int]] = Array(repeating: [], count: names.count)
        for (position, name) in names.enumerated() {
            guard let type = types[name] else { continue }
            for edge in edges(of: type) {
                guard let target = index[edge.target] else { continue }
                all[position].append(target)
                if edge.direct { direct[position].append(target) }
            }
        }
        for position in cyclic(all) { types[names[position]]?.isRecursive = true }
        for position in cyclic(direct) { types[names[position]]?.needsIndirection = true }
    }

    /// Nodes in a strongly connected component of size > 1, or with an edge to themselves (Tarjan's algorithm,
    /// iterative so deep schemas cannot overflow the stack).
    private static func cyclic(_ edges: [[Int]]) -> [Int] {
        let count = edges.count
        var next = 0
        var indices = [Int](repeating: -1, count: count)
        var lowLinks = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var result: [Int] = []
        for start in 0..<count where indices[start] < 0 {
            var work: [(node: Int, edge: Int)] = [(start, 0)]
            indices[start] = next
            lowLinks[start] = next
            next += 1
            stack.append(start)
            onStack[start] = true
            while let frame = work.last {
                if frame.edge < edges[frame.node].count {
                    work[work.count - 1].edge += 1
                    let target = edges[frame.node][frame.edge]
                    if indices[target] < 0 {
                        indices[target] = next
                        lowLinks[target] = next
                        next += 1
                        stack.append(target)
                        onStack[target] = true
                        work.append((target, 0))
                    } else if onStack[target] {
                        lowLinks[frame.node] = min(lowLinks[frame.node], indices[target])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLinks[parent] = min(lowLinks[parent], lowLinks[frame.node]) }
                guard lowLinks[frame.node] == indices[frame.node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == frame.node { break }
                }
                if component.count > 1 || edges[frame.node].contains(frame.node) { result += component }
            }
        }
        return result
    }
}
