internal import CLibYAML
import Diagnostics
import Foundation
import Linter
import OpenAPIModel
import Resolver
import SwiftEmitter
import YAMLLoader

/// Times each stage on one document inside the current process.
enum DocumentMeasurement {
    static func measure(path: String, iterations: Int) throws -> Figures {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let loader = DocumentLoader()
        let (scan, _) = median(iterations) { bareEventScan(bytes) }
        let (load, loaded) = median(iterations) { try? loader.load(bytes: bytes, file: path) }
        guard let document = loaded else {
            return Figures(
                path: path, bytes: bytes.count, scanSeconds: scan, loadSeconds: load, decodeSeconds: 0,
                resolveSeconds: 0, generateSeconds: 0, clientSeconds: 0, serverSeconds: 0, totalSeconds: 0,
                peakResidentKilobytes: peakResidentKilobytes(), note: "YAML failed to load")
        }
        let (decode, decoded) = median(iterations) { OpenAPIDecoder.decode(document) }
        guard decoded.document != nil else {
            return Figures(
                path: path, bytes: bytes.count, scanSeconds: scan, loadSeconds: load, decodeSeconds: decode,
                resolveSeconds: 0, generateSeconds: 0, clientSeconds: 0, serverSeconds: 0, totalSeconds: 0,
                peakResidentKilobytes: peakResidentKilobytes(),
                note: "not decoded: \(decoded.diagnostics.first?.message ?? "")")
        }
        let (resolve, resolved) = median(iterations) { APIResolver.resolve(decoded, yaml: document, path: path) }
        let renderer = try TemplateRenderer()
        let options = EmitterOptions(numberType: .decimal)
        func emit(_ api: ResolvedAPI, _ modes: Set<GenerationMode>) -> GenerationResult {
            Generator.generate(api, modes: modes, options: options, renderer: renderer)
        }
        var generate = 0.0
        var client = 0.0
        var server = 0.0
        if let api = resolved.api {
            (generate, _) = median(iterations) { emit(api, [.types]) }
            // The client and the server each with the operation types they need, as `--mode client` writes them.
            (client, _) = median(iterations) { emit(api, [.client]) }
            (server, _) = median(iterations) { emit(api, [.server]) }
        }
        // The whole job as `plexus-gen generate --mode types --mode client --mode server` does it in process:
        // read, load, decode, resolve, render models, operation types, client and server.
        let (total, _) = median(iterations) { () -> [GeneratedFile] in
            guard let yaml = try? loader.load(contentsOf: path), let api = APIResolver.resolve(yaml, path: path).api
            else {
                return []
            }
            return emit(api, Set(GenerationMode.allCases)).files
        }
        let (lint, _) = median(iterations) { Linter().lint(document, path: path) }
        let errors = resolved.diagnostics.filter { $0.severity == .error }.count
        let note =
            "\(document.nodeCount) nodes, \(resolved.api?.types.count ?? 0) types, "
            + "\(resolved.api?.operations.count ?? 0) operations, \(errors) errors"
        var figures = Figures(
            path: path, bytes: bytes.count, scanSeconds: scan, loadSeconds: load, decodeSeconds: decode,
            resolveSeconds: resolve, generateSeconds: generate, clientSeconds: client, serverSeconds: server,
            totalSeconds: total,
            peakResidentKilobytes: peakResidentKilobytes(), note: note)
        figures.lintSeconds = lint
        return figures
    }

    /// Parses every libyaml event and frees it: the floor for any libyaml-based loader.
    static func bareEventScan(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return 0 }
        defer { yaml_parser_delete(&parser) }
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if done { break }
            }
        }
        return count
    }

    /// The median time of `body` over `iterations` runs after a warm-up, and its last result. Each result is
    /// released after the clock stops, so freeing one run's output is not charged to the next run.
    private static func median<T>(_ iterations: Int, _ body: () -> T) -> (seconds: Double, result: T) {
        var result = body()
        var samples: [Duration] = []
        let clock = ContinuousClock()
        for _ in 0..<max(1, iterations) {
            let start = clock.now
            let next = body()
            samples.append(start.duration(to: clock.now))
            result = next
        }
        return (samples.medianSeconds, result)
    }

    private static func peakResidentKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}
