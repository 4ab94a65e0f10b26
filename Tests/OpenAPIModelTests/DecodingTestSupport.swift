import Diagnostics
import OpenAPIModel
import Testing
import YAMLLoader

/// Decodes YAML text as `test.yaml` and returns the result.
func decode(_ text: String) -> DecodedDocument {
    do {
        return OpenAPIDecoder.decode(try DocumentLoader().load(bytes: Array(text.utf8), file: "test.yaml"))
    } catch {
        return DecodedDocument(document: nil, diagnostics: [error.diagnostic])
    }
}

/// The compiler-format lines of every diagnostic.
func diagnosticLines(_ text: String) -> [String] {
    decode(text).diagnostics.map(\.description)
}

/// A 3.0 document around `paths` and `components` text (both indented as top-level keys' children).
func document30(paths: String = "  {}", components: String? = nil) -> String {
    var text = "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths:\n\(paths)\n"
    if let components { text += "components:\n\(components)\n" }
    return text
}
