public import Diagnostics

/// The `info` object: title, version and contact data of the API.
public struct Info: Sendable, Equatable {
    public var title: String
    public var version: String
    /// 3.1 only: a one-line summary.
    public var summary: String?
    public var description: String?
    public var termsOfService: String?
    public var contact: Contact?
    public var license: License?
    public var extensions: OrderedMap<JSONValue>
    /// Where the `info` object starts.
    public var location: SourceLocation
}

/// Contact data of the API's owner.
public struct Contact: Sendable, Equatable {
    public var name: String?
    public var url: String?
    public var email: String?
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}

/// The API's license.
public struct License: Sendable, Equatable {
    public var name: String
    /// 3.1 only: an SPDX license identifier.
    public var identifier: String?
    public var url: String?
    public var extensions: OrderedMap<JSONValue>
    public var location: SourceLocation
}
