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
    /// A view model for hand-written templates.
    struct Model: MustacheParent {
        var values: [String: Any]
        func child(named key: String) -> Any? { values[key] }
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
        "{{#a}}unclosed\n", "{{/a}}\n", "line\r\nbreak\n", "{{#a}}x{{/b}}\n", "{{name\n",
    ])
    func declinesWhatItDoesNotRender(_ body: String) {
        #expect(DirectTemplate("{{%CONTENT_TYPE:TEXT}}\n" + body) == nil)
        #expect(DirectTemplate(body) == nil)
    }

    @Test func declinesAValueItDoesNotKnowHowTheLibraryShows() throws {
        let template = try #require(DirectTemplate("{{%CONTENT_TYPE:TEXT}}\n{{value}}\n"))
        #expect(template.render(Model(values: ["value": 1.5])) == nil)
        #expect(template.render(Model(values: ["value": "text"])) == "text\n")
    }

    @Test(arguments: TemplateRenderer.requiredTemplates)
    func everyBuiltInTemplateRendersDirectlyAsTheLibraryDoes(_ name: String) throws {
        let directory = try #require(TemplateFiles.directory)
        let text = try String(contentsOf: directory.appendingPathComponent("\(name).mustache"), encoding: .utf8)
        let template = try #require(DirectTemplate(text), "\(name).mustache is not rendered directly")
        let populated = try #require(TemplateSlotTests.populated[name])
        let object = try #require(((populated as? [Any])?.last ?? populated) as? any MustacheParent)
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
}
