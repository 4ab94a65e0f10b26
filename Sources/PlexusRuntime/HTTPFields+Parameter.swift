public import HTTPTypes

extension HTTPFields {
    /// A header parameter in its shape (`simple` style), or nil when no field has the name. Repeated fields are
    /// joined with commas first, as HTTP allows.
    public func parameter(
        _ name: String, _ shape: ParameterDecoding.Shape, explode: Bool = false
    ) throws(ParameterDecoding.Malformed) -> ParameterValue? {
        guard let field = HTTPField.Name(name) else {
            throw ParameterDecoding.Malformed(parameter: name, reason: "not a valid header name")
        }
        let values = self[values: field]
        guard !values.isEmpty else { return nil }
        return try ParameterDecoding.header(
            name: name, text: values.joined(separator: ","), shape: shape, explode: explode)
    }

    /// Writes a header parameter (`simple` style; values are sent as they are); nothing when the value is nil.
    public mutating func setParameter(_ name: String, _ value: ParameterValue?, explode: Bool = false)
        throws(ClientMessageError)
    {
        guard let value else { return }
        guard let field = HTTPField.Name(name) else { throw .init(description: "'\(name)' is not a valid header name") }
        self[field] = ParameterEncoding.header(value: value, explode: explode)
    }
}
