/// The graph of which named types mention which, built once per resolution with the types numbered, so finding
/// cycles hashes each name once however long the chains are.
struct TypeGraph {
    /// The type names; a node is a position in this array.
    private let names: [String]
    /// Every mention, by node.
    private var allEdges = Edges()
    /// Mentions stored inline (not inside an array or map), by node.
    private var directEdges = Edges()
    /// The type an alias names (`A: {$ref: B}` → B), by node; `nil` for other kinds.
    private var aliasTargets: [Int?]

    /// Adjacency lists in two flat arrays: `targets[starts[n]..<starts[n + 1]]` are node n's edges. One allocation
    /// for all nodes, where an array per node would be one allocation (and one release) per type.
    struct Edges {
        var starts: [Int] = [0]
        var targets: [Int] = []

        var nodeCount: Int { starts.count - 1 }

        func targets(of node: Int) -> ArraySlice<Int> { targets[starts[node]..<starts[node + 1]] }

        /// Closes the current node's list; the edges appended since the last call are its edges.
        mutating func endNode() { starts.append(targets.count) }
    }

    /// The graph of `types`; a node is a position in `types`.
    init(_ types: [NamedType]) {
        names = types.map(\.name)
        var index = [String: Int](minimumCapacity: names.count)
        for (position, name) in names.enumerated() { index[name] = position }
        aliasTargets = Array(repeating: nil, count: names.count)
        allEdges.starts.reserveCapacity(names.count + 1)
        directEdges.starts.reserveCapacity(names.count + 1)
        for (position, type) in types.enumerated() {
            Self.visitEdges(of: type) { target, direct in
                guard let target = index[target] else { return }
                allEdges.targets.append(target)
                if direct { directEdges.targets.append(target) }
            }
            allEdges.endNode()
            directEdges.endNode()
            if case .alias(let target) = type.kind, case .named(let name) = target.nonNullable {
                aliasTargets[position] = index[name]
            }
        }
    }

    /// Calls `edge` for each type a type mentions; `direct` is false when the mention is inside an array or map
    /// (collections store their elements out of line, so they break the need for a box).
    static func visitEdges(of type: NamedType, _ edge: (_ target: String, _ direct: Bool) -> Void) {
        func visit(_ reference: TypeRef, direct: Bool) {
            switch reference {
            case .named(let name): edge(name, direct)
            case .nullable(let wrapped): visit(wrapped, direct: direct)
            case .array(let element), .map(let element): visit(element, direct: false)
            case .primitive, .anyJSON: break
            }
        }
        switch type.kind {
        case .object(let object):
            for property in object.properties { visit(property.type, direct: true) }
            if let additional = object.additionalProperties { visit(additional, direct: false) }
        case .union(let union):
            for unionCase in union.cases { visit(unionCase.type, direct: true) }
        case .alias(let target): visit(target, direct: true)
        case .enumeration: break
        }
    }

    /// Chains of aliases that come back to where they started (`A: {$ref: B}`, `B: {$ref: A}`, or `A: {$ref: A}`):
    /// such schemas describe no value at all. Each cycle once, as positions of the types, its members in order from
    /// the smallest name, the cycles sorted by that name (with the types sorted by name, smaller positions are
    /// smaller names). Each alias has one target, so one walk per chain finds them without recursion, and the walks
    /// find the same cycles whatever node they start from.
    func aliasCycles() -> [[Int]] {
        var done = [Bool](repeating: false, count: names.count)
        var pathPosition = [Int](repeating: -1, count: names.count)
        var cycles: [[Int]] = []
        for start in names.indices where !done[start] {
            var path: [Int] = []
            var current = start
            while !done[current], pathPosition[current] < 0 {
                guard let next = aliasTargets[current] else { break }
                pathPosition[current] = path.count
                path.append(current)
                current = next
            }
            if !done[current], pathPosition[current] >= 0 {
                let cycle = Array(path[pathPosition[current]...])
                let first = cycle.indices.min { names[cycle[$0]] < names[cycle[$1]] } ?? 0
                cycles.append(Array(cycle[first...] + cycle[..<first]))
            }
            for node in path {
                done[node] = true
                pathPosition[node] = -1
            }
        }
        return cycles.sorted { names[$0[0]] < names[$1[0]] }
    }

    /// Marks `isRecursive` (on any cycle) and `needsIndirection` (on a cycle of direct mentions only) on the types
    /// the graph was built from. Which types lie on a cycle does not depend on the order they are visited in.
    func markCycles(_ types: inout [NamedType]) {
        for position in Self.cyclic(allEdges) { types[position].isRecursive = true }
        for position in Self.cyclic(directEdges) { types[position].needsIndirection = true }
    }

    /// Nodes in a strongly connected component of size > 1, or with an edge to themselves (Tarjan's algorithm,
    /// iterative so deep schemas cannot overflow the stack).
    private static func cyclic(_ edges: Edges) -> [Int] {
        let count = edges.nodeCount
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
                let nodeEdges = edges.targets(of: frame.node)
                if frame.edge < nodeEdges.count {
                    work[work.count - 1].edge += 1
                    let target = nodeEdges[nodeEdges.startIndex + frame.edge]
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
                if component.count > 1 || edges.targets(of: frame.node).contains(frame.node) { result += component }
            }
        }
        return result
    }
}
