import Foundation
import Resolver
import SpecDiff
import SwiftEmitter

/// The figures of `plexus-gen diff` for one pair of documents: resolving each, comparing them (contract, both SDK
/// surfaces, Swift API), the whole job in process, and peak memory.
struct DiffMeasurement {
    var resolveOld: Double
    var resolveNew: Double
    var compare: Double
    var total: Double
    var findings: Int
    var peakMegabytes: Double

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// Medians over `iterations` runs after one warm-up run.
    static func measure(old: String, new: String, iterations: Int) throws -> DiffMeasurement {
        let renderer = try TemplateRenderer()
        let clock = ContinuousClock()
        var samples: [[Duration]] = Array(repeating: [], count: 4)
        var findings = 0
        for run in 0...iterations {
            let start = clock.now
            let oldResult = APIResolver.resolve(contentsOf: old)
            let afterOld = clock.now
            let newResult = APIResolver.resolve(contentsOf: new)
            let afterNew = clock.now
            guard let oldAPI = oldResult.api, let newAPI = newResult.api else {
                throw Unreadable(description: "\(old) or \(new) cannot be resolved")
            }
            let report = SpecDiff.compare(
                old: oldAPI, new: newAPI, names: (old, new), modes: Set(GenerationMode.allCases),
                options: EmitterOptions(), renderer: renderer)
            let end = clock.now
            findings = report.findings.count
            guard run > 0 else { continue }
            samples[0].append(start.duration(to: afterOld))
            samples[1].append(afterOld.duration(to: afterNew))
            samples[2].append(afterNew.duration(to: end))
            samples[3].append(start.duration(to: end))
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return DiffMeasurement(
            resolveOld: samples[0].medianSeconds, resolveNew: samples[1].medianSeconds,
            compare: samples[2].medianSeconds, total: samples[3].medianSeconds, findings: findings,
            peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }

    /// The figures as a table.
    func table(old: String, new: String) -> String {
        func bytes(_ path: String) -> String {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return String(format: "%.2f MB", Double(size) / 1_000_000)
        }
        func milliseconds(_ seconds: Double) -> String { String(format: "%8.1f ms", seconds * 1000) }
        return """
            old  \(old) (\(bytes(old)))
            new  \(new) (\(bytes(new)))
            resolve old      \(milliseconds(resolveOld))
            resolve new      \(milliseconds(resolveNew))
            compare          \(milliseconds(compare))   (contract, both SDK surfaces, Swift API)
            total in process \(milliseconds(total))
            findings         \(findings)
            peak memory      \(String(format: "%8.1f MB", peakMegabytes))
            """
    }
}
