internal import OpenAPIModel

/// A schema together with the file it was written in (references inside it resolve relative to that file) and,
/// when it can be reached again by reference, its canonical key (`/abs/path.yaml#/components/schemas/Account`).
struct SchemaSite {
    var schema: JSONSchema
    var file: String
    var key: String?
}
