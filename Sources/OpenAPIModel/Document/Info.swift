public import Diagnostics

/// The `info` object: title, version and contact data of the API.
public struct Info: Sendable, Equatable {
    /// The API's name.
    public var title: String
    /// The version of the document (not of OpenAPI).
    public var version: String
    /// 3.1 only: a one-line summary.
    public var summary: String?
    /// The `description` (CommonMark).
    public var description: String?
    /// A URL of the terms of service.
    public var termsOfService: String?
    /// Who to contact about the API.
    public var contact: Contact?
    /// The API's license.
    public var license: License?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the `info` object starts.
    public var location: SourceLocation
}

/// Contact data of the API's owner.
public struct Contact: Sendable, Equatable {
    /// The contact's name (a person or an organization).
    public var name: String?
    /// A URL with contact information.
    public var url: String?
    /// The contact's email address.
    public var email: String?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}

/// The API's license.
public struct License: Sendable, Equatable {
    /// The license's name.
    public var name: String
    /// 3.1 only: an SPDX license identifier.
    public var identifier: String?
    /// A URL of the license text.
    public var url: String?
    /// The `x-` extension fields, in document order.
    public var extensions: OrderedMap<JSONValue>
    /// Where the object starts in its file.
    public var location: SourceLocation
}
