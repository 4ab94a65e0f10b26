import Foundation
import OpenAPIModel
import Resolver

/// A stable, readable text form of a resolved API, used to pin the IR in tests.
enum IRSummary {
    static func render(_ api: ResolvedAPI) -> String {
        var lines: [String] = []
        for type in api.types {
            let flags = [type.isRecursive ? "recursive" : nil, type.needsIndirection ? "indirect" : nil]
                .compactMap { $0 }.joined(separator: ",")
            let suffix = flags.isEmpty ? "" : " [\(flags)]"
            switch type.kind {
            case .object(let object):
                lines.append("object \(type.name)\(suffix)")
                for property in object.properties {
                    let marks = [
                        property.isRequired ? "required" : nil, property.isReadOnly ? "readOnly" : nil,
                        property.defaultValue != nil ? "default" : nil,
                    ].compactMap { $0 }.joined(separator: ",")
                    lines.append(
                        "  \(property.name) (\(property.jsonName)): \(property.type)\(marks.isEmpty ? "" : " [\(marks)]")"
                    )
                }
                if let additional = object.additionalProperties { lines.append("  [String: \(additional)]") }
            case .enumeration(let enumeration):
                let cases = enumeration.cases.map { "\($0.name)" }.joined(separator: ", ")
                lines.append("enum \(type.name): \(enumeration.rawType.rawValue)\(suffix) { \(cases) }")
            case .union(let union):
                let cases = union.cases.map {
                    "\($0.name)(\($0.type))\($0.discriminatorValues.isEmpty ? "" : "=" + $0.discriminatorValues.joined(separator: "|"))"
                }
                lines.append(
                    "\(union.isAnyOf ? "anyOf" : "oneOf") \(type.name)\(suffix)\(union.discriminatorProperty.map { " by \($0)" } ?? ""): \(cases.joined(separator: ", "))"
                )
            case .alias(let target):
                lines.append("alias \(type.name)\(suffix) = \(target)")
            }
        }
        for operation in api.operations {
            let parameters = operation.parameters.map {
                "\($0.name): \($0.type)\($0.required ? "" : "?") in \($0.location.rawValue)"
            }
            let body =
                operation.requestBody.map { body in
                    " body "
                        + body.contents.map { "\($0.mediaType)=\($0.type.map(String.init(describing:)) ?? "-")" }
                        .joined(separator: ",")
                } ?? ""
            let responses = operation.responses.map { response in
                "\(response.status)" + (response.contents.first?.type.map { "=\($0)" } ?? "")
            }.joined(separator: " ")
            let security = operation.security.map { $0.schemes.map(\.name).joined(separator: "+") }.joined(
                separator: "|")
            lines.append(
                "op \(operation.name) \(operation.method.rawValue.uppercased()) \(operation.path) (\(parameters.joined(separator: ", ")))\(body) -> \(responses) auth:\(security.isEmpty ? "none" : security)"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
