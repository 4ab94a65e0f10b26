public import ArgumentParser
import Diagnostics
import Foundation
import Resolver
import SpecDiff
import SwiftEmitter

/// `plexus-gen diff OLD NEW`: what a change of the document does to the HTTP contract and to the generated SDK.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two OpenAPI documents: what the change breaks, for HTTP clients and servers and in the "
            + "generated Swift API, and the SDK version bump it needs.",
        discussion: """
            Each document is a file or REV:PATH, read from git without a checkout (origin/main:openapi.yaml; \
            REV:./PATH is relative to the current directory), with the files its $refs name at that revision.

            Every change is reported with a stable check id, a severity (breaking, potentially-breaking, \
            compatible) and its place in both documents. Contract checks judge the change for existing clients and \
            existing servers; Swift checks judge the SDK generated from each document with the same settings \
            (plexus-gen.yaml's modes, numberType, filter, typeNames, typeOverrides; --mode overrides the modes, \
            which default to types, client and server). The suggested SemVer bump of the SDK follows from the \
            Swift findings: major when code written against the old SDK may stop compiling, minor for additions, \
            patch when only the contract changed. Checks: --list-checks, or docs/diff-checks.md.

            Ignore entries with reasons come from the `diff:` section of the config: `ignore: [{check, subject, \
            reason}]`, subject a glob over the operation (`GET /pets*`) or `schema Name`.

            Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage errors, unreadable \
            input or a document with errors.
            """
    )

    @Argument(help: "The old document: a file or REV:PATH.")
    var old: String?

    @Argument(help: "The new document: a file or REV:PATH (default: openapi.yaml).")
    var new: String?

    @Option(help: "Output format: text, json, markdown or github.")
    var format: DiffOutputFormat = .text

    @Option(
        name: .customLong("fail-on"),
        help: "Exit 1 when a finding is at least this severe: breaking, potentially-breaking, compatible or never.")
    var failOn: FailThreshold = .breaking

    @Option(
        help:
            "The SDK the Swift checks compare (repeatable): types, client, server (default: the config's modes, else all three)."
    )
    var mode: [String] = []

    @Option(help: "The config file (default: plexus-gen.yaml in the current directory, if present).")
    var config: String?

    @Flag(help: "Ignore plexus-gen.yaml in the current directory.")
    var noConfig = false

    @OptionGroup var input: InputOptions

    @Flag(name: .customLong("list-checks"), help: "Print every check with its id and what it finds, then exit.")
    var listChecks = false

    /// The least severe finding that fails the run.
    enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
        case breaking
        case potentiallyBreaking = "potentially-breaking"
        case compatible
        case never

        var severity: DiffSeverity? {
            switch self {
            case .breaking: .breaking
            case .potentiallyBreaking: .potentiallyBreaking
            case .compatible: .compatible
            case .never: nil
            }
        }
    }

    func validate() throws {
        if !listChecks, old == nil { throw ValidationError("diff needs the old document: plexus-gen diff OLD [NEW]") }
    }

    func run() throws {
        if listChecks {
            for check in DiffCheck.all {
                print("\(check.id)\t\(check.level.rawValue)\t\(check.area)\t\(check.summary)")
            }
            return
        }
        let (settings, diffConfig) = try loadConfig()
        for requested in mode where GenerationMode(rawValue: requested) == nil {
            printToStandardError(
                "error: unknown mode '\(requested)'; expected "
                    + GenerationMode.allCases.map(\.rawValue).joined(separator: ", "))
            throw ExitCode(2)
        }
        let modes = Set(
            (mode.isEmpty ? settings.modes ?? GenerationMode.allCases.map(\.rawValue) : mode)
                .compactMap(GenerationMode.init(rawValue:)))
        var resolverOptions = input.resolverOptions
        resolverOptions.typeNames = settings.typeNames
        resolverOptions.typeOverrides = settings.typeOverrides
        let oldSide = try Side(old ?? "")
        defer { oldSide.revision?.remove() }
        let newSide = try Side(new ?? "openapi.yaml")
        defer { newSide.revision?.remove() }
        // The two documents are independent: each is resolved on a core of its own.
        let (oldResult, newResult) = LargeStack.concurrently(
            { oldSide.resolve(options: resolverOptions) }, { newSide.resolve(options: resolverOptions) })
        let oldAPI = try oldSide.api(from: oldResult)
        let newAPI = try newSide.api(from: newResult)
        let renderer: TemplateRenderer
        do {
            renderer = try TemplateRenderer(overrides: settings.templates)
        } catch {
            printToStandardError(error.description)
            throw ExitCode(2)
        }
        var report = SpecDiff.compare(
            old: oldAPI, new: newAPI, names: (oldSide.name, newSide.name), modes: modes,
            options: settings.emitterOptions(spec: newSide.name), renderer: renderer, config: diffConfig)
        for index in report.findings.indices {
            report.findings[index].old = oldSide.relocated(report.findings[index].old)
            report.findings[index].new = newSide.relocated(report.findings[index].new)
        }
        print(format.render(report), terminator: "")
        if let threshold = failOn.severity, report.count(atLeast: threshold) > 0 { throw ExitCode(1) }
    }

    /// One document: a file, or `REV:PATH` read from git into a temporary directory.
    private struct Side {
        var path: String
        var name: String
        var revision: GitRevisionDocument?

        init(_ argument: String) throws {
            path = argument
            name = argument
            if let (revisionName, repositoryPath) = GitRevisionDocument.parse(argument) {
                do {
                    let document = try GitRevisionDocument.read(revision: revisionName, path: repositoryPath)
                    revision = document
                    path = document.file
                    name = document.displayName
                } catch {
                    printToStandardError("\(argument): error: \(error)")
                    throw ExitCode(2)
                }
            }
        }

        func resolve(options: ResolverOptions) -> ResolutionResult {
            var options = options
            if let revision, options.allowedRoot == nil { options.allowedRoot = revision.directory.path }
            return APIResolver.resolve(contentsOf: path, displayName: name, options: options)
        }

        /// The resolved API, or its errors printed (with the places git revisions had) and exit code 2.
        func api(from result: ResolutionResult) throws -> ResolvedAPI {
            let errors = result.diagnostics.filter { $0.severity == .error }
            guard let api = result.api, errors.isEmpty else {
                for diagnostic in errors.prefix(20) {
                    var shown = diagnostic
                    shown.location = relocated(diagnostic.location)
                    printToStandardError(shown.description)
                }
                printToStandardError("\(name): cannot be compared because of errors")
                throw ExitCode(2)
            }
            return api
        }

        func relocated(_ location: SourceLocation?) -> SourceLocation? {
            revision?.relocated(location) ?? location
        }
    }

    private func loadConfig() throws -> (GeneratorConfig, DiffConfig) {
        let path = config ?? GeneratorConfig.fileName
        guard config != nil || (!noConfig && FileManager.default.fileExists(atPath: path)) else {
            return (GeneratorConfig(), DiffConfig())
        }
        do {
            return (try GeneratorConfig.load(path), try DiffConfig.load(path))
        } catch {
            printToStandardError(error.description)
            throw ExitCode(2)
        }
    }
}

extension DiffOutputFormat: ExpressibleByArgument {}
