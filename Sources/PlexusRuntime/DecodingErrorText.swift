/// A `DecodingError` in words a client developer can act on: where in the value, and what was wrong.
enum DecodingErrorText {
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .typeMismatch(let type, let context):
            return at(context) + "expected \(ParameterValue.typeName(type))"
        case .valueNotFound(let type, let context):
            return at(context) + "expected \(ParameterValue.typeName(type)), found null"
        case .keyNotFound(let key, let context):
            return at(context) + "required member '\(key.stringValue)' is missing"
        case .dataCorrupted(let context):
            return at(context) + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    private static func at(_ context: DecodingError.Context) -> String {
        guard !context.codingPath.isEmpty else { return "" }
        var path = ""
        for key in context.codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return "at '\(path)': "
    }
}
