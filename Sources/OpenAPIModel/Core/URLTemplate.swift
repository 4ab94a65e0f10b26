/// A path or server URL with `{name}` placeholders, as OpenAPI writes them: `/pets/{petId}`,
/// `https://{region}.example.com`.
public enum URLTemplate {
    /// The names of the placeholders, in order.
    public static func variables(_ template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }

    /// The template with every placeholder's name left out (`/pets/{}`): two templates with the same shape match the
    /// same URLs.
    public static func shape(_ template: String) -> String {
        var result = ""
        var inBraces = false
        for character in template {
            if character == "{" {
                inBraces = true
                result.append("{}")
            } else if character == "}" {
                inBraces = false
            } else if !inBraces {
                result.append(character)
            }
        }
        return result
    }
}
