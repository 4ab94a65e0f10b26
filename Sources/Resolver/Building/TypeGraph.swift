/// The graph of which named types mention which, built once per resolution with the types numbered, so finding
/// cycles hashes each name once however long the chains are.
struct TypeGraph {
    /// The type names; a node is a position in this array.
    private let names: [String]
    /// Every mention, by node.
    private var allEdges: [[Int]]
    /// Mentions stored inline (not inside an array or map), by node.
    private var directEdges: [[Int]]
    /// The type an alias names (`A: {$ref: B}` → B), by node; `nil` for other kinds.
    private var aliasTargets: [Int?]

    init(_ types: [String: NamedType]) {
        names = Array(types.keys)
        var index = [String: Int](minimumCapacity: names.count)
        for (position, name) in names.enumerated() { index[name] = position }
        allEdges = Array(repeating: [], count: names.count)
        directEdges = Array(repeating: [], count: names.count)
        aliasTargets = Array(repeating: nil, count: names.count)
        // Keys and values of one dictionary come in the same order.
        for (position, type) in types.values.enumerated() {
            for edge in Self.edges(of: type) {
                guard let target = index[edge.target] else { continue }
                allEdges[position].append(target)
                if edge.direct { directEdges[position].append(target) }
            }
            if case .alias(let target) = type.kind, case .named(let name) = target.nonNullable {
                aliasTargets[position] = index[name]
            }
        }
    }

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
            for property in object.properties { visit(property.type, direct: true) }
            if let additional = object.additionalProperties { visit(additional, direct: false) }
        case .union(let union):
            for unionCase in union.cases { visit(unionCase.type, direct: true) }
        case .alias(let target): visit(target, direct: true)
        case .enumeration: break
        }
        return result
    }

    /// Chains of aliases that come back to where they started (`A: {$ref: B}`, `B: {$ref: A}`, or `A: {$ref: A}`):
    /// such schemas describe no value at all. Each cycle once, its members in order from the smallest name, the
    /// cycles sorted by that name. Each alias has one target, so one walk per chain finds them without recursion,
    /// and the walks find the same cycles whatever node they start from.
    func aliasCycles() -> [[String]] {
        var done = [Bool](repeating: false, count: names.count)
        var pathPosition = [Int](repeating: -1, count: names.count)
        var cycles: [[String]] = []
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
                let cycle = path[pathPosition[current]...].map { names[$0] }
                let first = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
                cycles.append(Array(cycle[first...] + cycle[..<first]))
            }
            for node in path {
                done[node] = true
                pathPosition[node] = -1
            }
        }
        return cycles.sorted { $0[0] < $1[0] }
    }

    /// Marks `isRecursive` (on any cycle) and `needsIndirection` (on a cycle of direct mentions only). Which types
    /// lie on a cycle does not depend on the order they are visited in, so the names are not sorted first.
    func markCycles(_ types: inout [String: NamedType]) {
        for position in Self.cyclic(allEdges) { types[names[position]]?.isRecursive = true }
        for position in Self.cyclic(directEdges) { types[names[position]]?.needsIndirection = true }
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
