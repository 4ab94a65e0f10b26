internal import OpenAPIModel
internal import Resolver

/// Pairs the operations of two documents: by method and path (parameter names in the path aside), then by
/// `operationId`, then by shape when exactly one removed and one added operation have it. The last two are moves.
struct OperationMatching {
    /// How a pair was found.
    enum Evidence { case route, operationID, shape }

    var pairs: [(old: ResolvedOperation, new: ResolvedOperation, evidence: Evidence)] = []
    var removed: [ResolvedOperation] = []
    var added: [ResolvedOperation] = []

    init(old: [ResolvedOperation], new: [ResolvedOperation]) {
        var newByRoute: [String: Int] = [:]
        for (index, operation) in new.enumerated() { newByRoute[Self.route(operation)] = index }
        var unmatchedNew = Set(new.indices)
        var unmatchedOld: [ResolvedOperation] = []
        for operation in old {
            if let index = newByRoute[Self.route(operation)], unmatchedNew.remove(index) != nil {
                pairs.append((operation, new[index], .route))
            } else {
                unmatchedOld.append(operation)
            }
        }
        var stillOld: [ResolvedOperation] = []
        for operation in unmatchedOld {
            let sameID = unmatchedNew.sorted().first {
                operation.operationId != nil && new[$0].operationId == operation.operationId
            }
            if let sameID {
                unmatchedNew.remove(sameID)
                pairs.append((operation, new[sameID], .operationID))
            } else {
                stillOld.append(operation)
            }
        }
        // A move without its operationId is recognised only when the shape names one operation on each side.
        let oldShapes = Dictionary(grouping: stillOld, by: Self.shape)
        let newShapes = Dictionary(grouping: unmatchedNew.sorted().map { new[$0] }, by: Self.shape)
        for operation in stillOld {
            let shape = Self.shape(operation)
            if oldShapes[shape]?.count == 1, let candidates = newShapes[shape], candidates.count == 1,
                let index = unmatchedNew.first(where: { Self.route(new[$0]) == Self.route(candidates[0]) })
            {
                unmatchedNew.remove(index)
                pairs.append((operation, new[index], .shape))
            } else {
                removed.append(operation)
            }
        }
        added = unmatchedNew.sorted().map { new[$0] }
    }

    /// `GET /pets/{}`: the method and the path with its parameter names left out.
    static func route(_ operation: ResolvedOperation) -> String {
        operation.method.rawValue.uppercased() + " " + URLTemplate.shape(operation.path)
    }

    /// `GET /pets/{id}`, as findings name the operation.
    static func subject(_ operation: ResolvedOperation) -> String {
        operation.method.rawValue.uppercased() + " " + operation.path
    }

    /// What an operation takes and answers, without its names: parameters, body and responses.
    static func shape(_ operation: ResolvedOperation) -> String {
        let parameters = operation.parameters.map {
            "\($0.location.rawValue):\($0.location == .path ? "" : $0.wireName):\($0.type):\($0.required)"
        }
        .sorted()
        let body = operation.requestBody.map { body in
            body.contents.map { "\($0.mediaType)=\($0.type?.description ?? "")" }.joined(separator: ",")
        }
        let responses = operation.responses.map { response in
            "\(response.status)="
                + response.contents.map { "\($0.mediaType):\($0.type?.description ?? "")" }
                .joined(separator: ",")
        }
        return operation.method.rawValue + "|" + parameters.joined(separator: ";") + "|" + (body ?? "-") + "|"
            + responses.joined(separator: ";")
    }
}
