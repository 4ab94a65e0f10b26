import Diagnostics
import Foundation
import Mustache
import Resolver
import Templates
import TestSupport
import Testing

@testable import SwiftEmitter

/// `DirectTemplate` renders templates without the Mustache library; it must render exactly what the library
/// renders, or decline and leave the template to the library.
@Suite struct DirectTemplateTests {
    /// A view model for hand-written templates: its values' kinds found by casting, as the generator's view
    /// models state them.
    struct Model: TemplateContext {
        var values: [String: Any]
        func templateValue(named key: String) -> TemplateValue {
            switch values[key] {
            case let text as String: .text(text)
            case let flag as Bool: .flag(flag)
            case let number as Int: .number(number)
            case let list as [Model] where !list.isEmpty: .list(list)
            case let texts as [String]: .texts(texts)
            case let model as Model: .context(model)
            default: .missing
            }
        }
    }

    static var model: Model {
        Model(values: [
            "name": "Pet", "empty": "", "yes": true, "no": false, "count": 3,
            "items": [Model(values: ["name": "a", "last": false]), Model(values: ["item": "b", "last": true])],
            "lines": ["one", "two"], "none": [String](), "inner": Model(values: ["deep": "D"]),
            "optionalText": String?.some("T") as Any, "missingText": String?.none as Any,
        ])
    }

    /// Templates that exercise every standalone-line rule the library applies, each under the text pragma.
    static let cases: [String] = [
        "plain {{name}} and {{{name}}} and {{& name }}\n",
        "{{#yes}}\nshown\n{{/yes}}\n{{#no}}\nhidden\n{{/no}}\n{{^no}}\ninverted\n{{/no}}\n",
        "  {{#yes}}\n  indented\n  {{/yes}}\nafter\n",
        "inline {{#yes}}x{{/yes}}{{^yes}}y{{/yes}} end\n",
        "{{#items}}\n- {{name}}{{item}}{{^last}},{{/last}}\n{{/items}}\n",
        "{{#items}}{{name}}{{/items}}|{{#lines}}[{{.}}]{{/lines}}|{{^none}}none{{/none}}\n",
        "{{#inner}}{{deep}} {{name}}{{/inner}}\n",
        "{{#optionalText}}has {{.}}{{/optionalText}}{{^missingText}} missing{{/missingText}}\n",
        "{{! a comment }}\n  {{! an indented comment }}  \ntext {{! inline }} more\n",
        "{{#yes}}  \n  trailing blanks\n{{/yes}}  ",
        "{{#yes}}a\n{{/yes}} b\n{{#yes}}\n{{/yes}}",
        "  {{name}}  \n\t{{#yes}}\t\n\tx\n\t{{/yes}}\t\n",
        "{{unknown}}{{#unknown}}x{{/unknown}}{{^unknown}}y{{/unknown}}\n",
        "{{count}} {{yes}} {{no}}\n",
        "{{#lines}}\n{{#yes}}\n  {{.}}\n{{/yes}}\n{{/lines}}\n",
        "no newline at the end {{name}}",
        "{ single { braces } {{name}} }\n",
        "{{#empty}}[{{.}}]{{/empty}}\n",
        "{{! a comment, then blanks at the end }}\t",
        "{{#empty}}\n   {{/empty}}  ",
        "{{#lines}}{{.}}{{^last()}}, {{/last()}}{{/lines}}; {{#lines}}{{#first()}}first {{/first()}}{{index()}}{{/lines}}\n",
        "{{#lines}}{{#even()}}e{{/even()}}{{#odd()}}o{{/odd()}}{{#yes}}{{#last()}}L{{/last()}}{{/yes}}{{/lines}}\n",
        "{{#items}}{{#inner}}{{#last()}}never{{/last()}}{{/inner}}{{^none}}{{#last()}}never{{/last()}}{{/none}}{{/items}}\n",
        "{{#last()}}outside{{/last()}}{{first()}}\n",
    ]

    static func library(_ text: String, _ object: some MustacheParent) throws -> String {
        try MustacheTemplate(string: text).render(object)
    }

    @Test(arguments: cases)
    func rendersWhatTheLibraryRenders(_ body: String) throws {
        let text = "{{%CONTENT_TYPE:TEXT}}\n" + body
        let template = try #require(DirectTemplate(text))
        #expect(template.render(Self.model) == (try Self.library(text, Self.model)))
    }

    @Test(arguments: [
        "{{> partial}}\n", "{{a.b}}\n", "{{name()}}\n", "{{first(name)}}\n", "{{=<% %>=}}\n", "{{$block}}x{{/block}}\n",
        "{{#a}}unclosed\n", "{{/a}}\n", "line\r\nbreak\n", "ends with a brace {", "{{#a}}x{{/b}}\n", "{{name\n",
    ])
    func declinesWhatItDoesNotRender(_ body: String) {
        #expect(DirectTemplate("{{%CONTENT_TYPE:TEXT}}\n" + body) == nil)
        #expect(DirectTemplate(body) == nil)
    }

    /// A list or a view model placed as a variable, and `{{.}}` on a context that is not text, are shown the
    /// library's way (descriptions of Swift values), which this leaves to the library.
    @Test func declinesAValueItDoesNotKnowHowTheLibraryShows() throws {
        let template = try #require(DirectTemplate("{{%CONTENT_TYPE:TEXT}}\n{{value}}\n"))
        #expect(template.render(Model(values: ["value": [Model(values: [:])]])) == nil)
        #expect(template.render(Model(values: ["value": Model(values: [:])])) == nil)
        #expect(template.render(Model(values: ["value": ["a"]])) == nil)
        #expect(template.render(Model(values: ["value": "text"])) == "text\n")
        let current = try #require(DirectTemplate("{{%CONTENT_TYPE:TEXT}}\n{{#value}}{{.}}{{/value}}\n"))
        #expect(current.render(Model(values: ["value": Model(values: [:])])) == nil)
        #expect(current.render(Model(values: ["value": "text"])) == "text\n")
    }

    @Test(arguments: TemplateRenderer.requiredTemplates)
    func everyBuiltInTemplateRendersDirectlyAsTheLibraryDoes(_ name: String) throws {
        let directory = try #require(TemplateFiles.directory)
        let text = try String(contentsOf: directory.appendingPathComponent("\(name).mustache"), encoding: .utf8)
        let template = try #require(DirectTemplate(text), "\(name).mustache is not rendered directly")
        let populated = try #require(TemplateSlotTests.populated[name])
        let object = try #require(((populated as? [Any])?.last ?? populated) as? any TemplateContext)
        #expect(template.render(object) == (try Self.library(text, object)))
    }

    /// Whole SDKs of a sample of the corpus, every mode, are the same rendered directly and by the library.
    @Test(arguments: try CorpusDocument.roots().enumerated().filter { $0.offset % 5 == 0 }.map(\.element))
    func generatesTheSameFilesAsTheLibrary(_ document: CorpusDocument) throws {
        let result = APIResolver.resolve(
            contentsOf: document.fullPath, displayName: document.path,
            options: ResolverOptions(allowedRoot: CorpusDocument.directory.path))
        guard let api = result.api, !result.diagnostics.contains(where: { $0.severity == .error }) else { return }
        let modes = Set(GenerationMode.allCases)
        let direct = Generator.generate(
            api, modes: modes, options: EmitterOptions(), renderer: try TemplateRenderer())
        let library = Generator.generate(
            api, modes: modes, options: EmitterOptions(),
            renderer: try TemplateRenderer(overrides: nil, rendersDirectly: false))
        #expect(direct.files.map(\.path) == library.files.map(\.path))
        for (one, other) in zip(direct.files, library.files) {
            #expect(one.contents == other.contents, "\(one.path) differs")
        }
    }

    /// Random templates over every tag this renders, with blanks and line breaks around the tags: each one it
    /// accepts renders exactly what swift-mustache renders, and each one swift-mustache refuses it refuses too.
    @Test func randomTemplatesRenderAsTheLibraryRendersThem() throws {
        var generator = RandomTemplates(seed: 0x5EED)
        var compared = 0
        for _ in 0..<4000 {
            let text = "{{%CONTENT_TYPE:TEXT}}\n" + generator.template()
            let direct = DirectTemplate(text)
            guard let library = try? MustacheTemplate(string: text) else {
                #expect(direct == nil, "accepted a template swift-mustache refuses: \(text.debugDescription)")
                continue
            }
            guard let direct, let rendered = direct.render(RandomTemplates.model) else { continue }
            compared += 1
            #expect(rendered == library.render(RandomTemplates.model), "\(text.debugDescription)")
        }
        // Nearly half are rendered directly (the others use `{{.}}` on a value that is not text, which is left to
        // the library, or are refused by both), so the comparison covers the direct path.
        #expect(compared > 1500)
    }
}

/// Templates built at random (deterministically, from a seed) from the tags `DirectTemplate` renders.
private struct RandomTemplates {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[Int(next() % UInt64(choices.count))] }

    static let names = ["flag", "off", "text", "empty", "list", "texts", "none", "child", "missing", "number"]
    static let positions = ["first()", "last()", "index()", "even()", "odd()"]
    static let texts = ["", " ", "  ", "a", "x y", "\n", " \n", "\t", "{", "}", "{ x }", ",", "\n  "]

    static var model: DirectTemplateTests.Model {
        DirectTemplateTests.Model(values: [
            "flag": true, "off": false, "text": "T", "empty": "", "number": 7,
            "list": [
                DirectTemplateTests.Model(values: ["text": "L1", "flag": false]),
                DirectTemplateTests.Model(values: ["inner": "I"]),
                DirectTemplateTests.Model(values: ["text": "L3", "list": [DirectTemplateTests.Model]()]),
            ],
            "texts": ["a", "b", "c"], "none": [DirectTemplateTests.Model](),
            "child": DirectTemplateTests.Model(values: ["text": "C", "deep": true]),
        ])
    }

    mutating func template(depth: Int = 0) -> String {
        var result = ""
        for _ in 0..<Int(next() % 5) + 1 { result += piece(depth: depth) }
        return result
    }

    private mutating func piece(depth: Int) -> String {
        let name = next() % 4 == 0 ? pick(Self.positions) : pick(Self.names)
        switch next() % 9 {
        case 0, 1: return pick(Self.texts)
        case 2: return "{{\(name)}}"
        case 3: return pick(["{{{\(name)}}}", "{{& \(name)}}", "{{ \(name) }}", "{{.}}", "{{{.}}}"])
        case 4: return pick(["{{! note }}", "\n{{! note }}\n", "  {{!note}}  \n"])
        default:
            guard depth < 3 else { return pick(Self.texts) }
            let sigil = next() % 3 == 0 ? "^" : "#"
            // Blanks and line breaks around the tags decide which lines are standalone.
            let before = pick(["", "\n", "  ", "\n  ", "\n\t"])
            let afterOpen = pick(["", "\n", "  \n", " "])
            let beforeClose = pick(["", "\n", "\n  ", "  "])
            let afterClose = pick(["", "\n", " \n", " "])
            let body = template(depth: depth + 1)
            let closing = next() % 50 == 0 ? pick(Self.names) : name
            return before + "{{\(sigil)\(name)}}" + afterOpen + body + beforeClose + "{{/\(closing)}}" + afterClose
        }
    }
}
