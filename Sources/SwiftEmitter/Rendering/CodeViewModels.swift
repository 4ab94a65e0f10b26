internal import Mustache

/// The view models of the expression templates the operation builders render and place in `Client.mustache`,
/// `Operations.mustache` and `Server.mustache`: how a parameter or body goes between its Swift value and the wire.
/// Each carries names, literal values and one shape, which the template tests as a section (`{{#array}}`), so an
/// override changes how that kind of value is coded everywhere it occurs.
protocol ShapedViewModel: TemplateContext {
    associatedtype Shape: RawRepresentable, CaseIterable where Shape.RawValue == String
    var shape: Shape { get }
    /// The value called `key`, shapes aside.
    func value(named key: String) -> TemplateValue
}

extension ShapedViewModel {
    /// The values, and for every shape's name whether it is this one's.
    func templateValue(named key: String) -> TemplateValue {
        let value = value(named: key)
        if case .missing = value, let named = Shape(rawValue: key) { return .flag(named == shape) }
        return value
    }
}

/// A Swift value as a `ParameterValue`: `ParameterValue.mustache`.
struct ParameterValueViewModel: ShapedViewModel {
    enum Shape: String, CaseIterable {
        /// A scalar or a list of scalars: its `parameterValue` (`PlexusRuntime.ParameterText`).
        case text
        /// An object or map, member by member in the parameter's style.
        case object
        /// A parameter declared with `content`: JSON text.
        case json
        /// A union (or a list of unions): in the form of the variant the value has.
        case encoded
    }

    /// The Swift value, a name.
    var value: String
    /// An optional: `nil` leaves the parameter out.
    var optional: Bool
    var shape: Shape

    func value(named key: String) -> TemplateValue {
        switch key {
        case "value": .init(value)
        case "optional": .init(optional)
        default: .missing
        }
    }
}

/// How a parameter's value arrives: `ParameterShape.mustache` spells the `ParameterDecoding.Shape`.
struct ParameterShapeViewModel: ShapedViewModel {
    enum Shape: String, CaseIterable {
        case primitive
        case array
        case object
        /// A union: whatever form arrives, its object variants' members included.
        case union
    }

    var shape: Shape
    /// For objects, the wire names of the members as string literals (exploded `form` objects arrive as one query
    /// item each).
    var memberNames: [String]

    func value(named key: String) -> TemplateValue { key == "memberNames" ? .init(memberNames) : .missing }
}

/// Where a parameter's value is read from: `ParameterSource.mustache`.
struct ParameterSourceViewModel: ShapedViewModel {
    enum Shape: String, CaseIterable {
        case path
        case query
        case header
        case cookie
        /// A header of a response the client received.
        case responseHeader
    }

    var shape: Shape
    var required: Bool
    /// The wire name, a string literal.
    var wireName: String
    /// From `ParameterShape.mustache`.
    var valueShape: String
    /// The style's name (`form`, `simple`, ...).
    var style: String
    var explode: Bool

    func value(named key: String) -> TemplateValue {
        switch key {
        case "required": .init(required)
        case "wireName": .init(wireName)
        case "valueShape": .init(valueShape)
        case "style": .init(style)
        case "explode": .init(explode)
        default: .missing
        }
    }
}

/// A parameter read as its Swift type from its source: `ParameterRead.mustache`.
struct ParameterReadViewModel: ShapedViewModel {
    enum Shape: String, CaseIterable {
        /// A scalar.
        case single
        /// A list of scalars.
        case list
        case object
        case json
        /// A union, or a list of unions: decoded from the form that arrived, the variants deciding.
        case decoded
    }

    /// From `ParameterSource.mustache`.
    var source: String
    /// Absent is `nil` rather than an error.
    var optional: Bool
    var shape: Shape
    /// The Swift type read (of each element, for lists).
    var type: String
    /// The wire name, a string literal, for the error that names it.
    var wireName: String
    /// The delimiter of a list sent in one item, a string literal, or `nil`: for `decoded`.
    var separator: String
    /// The `ValueConstraints(…)` a server checks a `single` or `list` value against (`Constraints.mustache`);
    /// `nil` when there are none, and always for what a client reads.
    var constraints: String? = nil

    func value(named key: String) -> TemplateValue {
        switch key {
        case "source": .init(source)
        case "optional": .init(optional)
        case "type": .init(type)
        case "wireName": .init(wireName)
        case "separator": .init(separator)
        case "checked": .init(constraints != nil)
        case "constraints": .init(constraints)
        default: .missing
        }
    }
}

/// A request or response body written or read: `BodyWrite.mustache`, `ResponseBodyRead.mustache` (client side)
/// and `RequestBodyRead.mustache` (server side).
struct BodyViewModel: ShapedViewModel {
    enum Shape: String, CaseIterable {
        case json
        case text
        /// Bytes as they arrive (`HTTPBody`).
        case bytes
        case form
        case multipart
        /// Server-sent events with JSON data of `itemType`.
        case events
        /// Server-sent events with text data.
        case textEvents
        /// JSON Lines of `itemType`.
        case jsonLines
        /// JSON Text Sequences of `itemType`.
        case jsonSequence
    }

    var shape: Shape
    /// The Swift type of the body.
    var type: String
    /// For streams of items, the Swift type of one item (of an event's data).
    var itemType = ""
    /// The value written (a name).
    var value = ""
    /// What it is written into: `operationRequest` or `operationResponse`.
    var target = ""
    /// The media type, a string literal.
    var contentType = ""
    /// A multipart body's part content types from the document, sorted by part.
    var partContentTypes: [PartContentTypeViewModel] = []
    /// For reading a request body: required, or `nil` when absent.
    var required = true

    func value(named key: String) -> TemplateValue {
        switch key {
        case "type": .init(type)
        case "itemType": .init(itemType)
        case "value": .init(value)
        case "target": .init(target)
        case "contentType": .init(contentType)
        case "partContentTypes": .init(partContentTypes)
        case "hasPartContentTypes": .init(!partContentTypes.isEmpty)
        case "required": .init(required)
        default: .missing
        }
    }
}

/// A multipart part's content type from the document.
struct PartContentTypeViewModel: TemplateContext {
    /// The part's name, a string literal.
    var part: String
    /// A string literal.
    var partContentType: String

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "part": .init(part)
        case "partContentType": .init(partContentType)
        default: .missing
        }
    }
}

/// A parameter of a generated function or initializer: `Argument.mustache`.
struct ArgumentViewModel: TemplateContext {
    var label: String
    /// The name inside the function when it differs from the label (a label that would hide a local).
    var internalName: String?
    /// The type, `?` aside.
    var type: String
    var optional: Bool
    /// `= nil`, so callers may leave it out.
    var defaultsToNil: Bool

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "label": .init(label)
        case "internalName": .init(internalName)
        case "hasInternalName": .init(internalName != nil)
        case "type": .init(type)
        case "optional": .init(optional)
        case "defaultsToNil": .init(defaultsToNil)
        default: .missing
        }
    }
}

/// A labelled argument of a call: `ArgumentValue.mustache`.
struct ArgumentValueViewModel: TemplateContext {
    var label: String
    /// The expression passed.
    var argumentValue: String

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "label": .init(label)
        case "argumentValue": .init(argumentValue)
        default: .missing
        }
    }
}

/// A documented response status as a `switch` pattern: a code, a range (`2XX`) or `default`.
struct StatusViewModel {
    var code: Int?
    var range: Int?

    /// `2XX` as `lower..<upper`.
    var lower: Int { (range ?? 0) * 100 }
    var upper: Int { (range ?? 0) * 100 + 100 }

    func templateValue(named key: String) -> TemplateValue {
        switch key {
        case "isCode": .init(code != nil)
        case "isRange": .init(range != nil)
        case "isDefault": .init(code == nil && range == nil)
        case "code": .init(code)
        case "lower": .init(lower)
        case "upper": .init(upper)
        default: .missing
        }
    }
}
