import Foundation
import SwiftEmitter

/// Writes generated files: only those whose content changed, each atomically (a temporary file renamed over the
/// old one), so a build never sees a half-written file and unchanged files keep their timestamps.
struct GeneratedFilesWriter {
    var directory: String

    /// Files whose content on disk differs from `files` (missing ones included).
    func differences(_ files: [GeneratedFile]) -> [String] {
        files.filter { existing($0.path) != $0.contents }.map { path($0.path) }
    }

    /// Writes the files that changed; returns their paths.
    func write(_ files: [GeneratedFile]) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        for file in files where existing(file.path) != file.contents {
            let target = URL(fileURLWithPath: path(file.path))
            let temporary = target.deletingLastPathComponent()
                .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try Data(file.contents.utf8).write(to: temporary)
            guard rename(temporary.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot replace \(target.path): \(reason)"])
            }
            written.append(target.path)
        }
        return written
    }

    private func path(_ relative: String) -> String {
        (directory as NSString).appendingPathComponent(relative)
    }

    private func existing(_ relative: String) -> String? {
        try? String(contentsOfFile: path(relative), encoding: .utf8)
    }
}
