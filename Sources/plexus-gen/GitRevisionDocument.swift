import Diagnostics
import Foundation

/// A document named `REV:PATH` (`origin/main:openapi.yaml`), read from git without a checkout: the document and
/// the files its `$ref`s name, transitively, are written into a temporary directory with their paths kept, so
/// references resolve as they did at that revision. Paths are relative to the repository's root, as `git show`
/// takes them; `REV:./PATH` is relative to the current directory.
struct GitRevisionDocument {
    /// The revision, as given.
    let revision: String
    /// The document's path in the repository.
    let path: String
    /// The directory the files were written to.
    let directory: URL

    /// The document's file in `directory`.
    var file: String { directory.appendingPathComponent(path).path }

    /// How the user named it: `REV:PATH`.
    var displayName: String { "\(revision):\(path)" }

    /// `REV:PATH` split, when `argument` is not a file and looks like one.
    static func parse(_ argument: String) -> (revision: String, path: String)? {
        guard !FileManager.default.fileExists(atPath: argument), let colon = argument.firstIndex(of: ":") else {
            return nil
        }
        let revision = String(argument[..<colon])
        let path = String(argument[argument.index(after: colon)...])
        guard !revision.isEmpty, !path.isEmpty, !revision.hasPrefix("/") else { return nil }
        return (revision, path)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads `path` at `revision` and the files it references into a new temporary directory.
    static func read(revision: String, path: String) throws -> GitRevisionDocument {
        var repositoryPath = path
        if path.hasPrefix("./") || path.hasPrefix("../") {
            let prefix = try git(["rev-parse", "--show-prefix"]).trimmingCharacters(in: .whitespacesAndNewlines)
            repositoryPath = normalized(prefix + path)
        }
        guard !repositoryPath.hasPrefix("..") else {
            throw Failure(description: "\(path) is outside the repository")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plexus-gen-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let document = GitRevisionDocument(revision: revision, path: repositoryPath, directory: directory)
        var pending = [repositoryPath]
        var written: Set<String> = []
        while let next = pending.popLast() {
            guard written.insert(next).inserted else { continue }
            let contents: Data
            do {
                contents = try gitData(["show", "\(revision):\(next)"])
            } catch {
                // The document itself must exist; a referenced file that does not is the resolver's to report.
                if next == repositoryPath {
                    document.remove()
                    throw error
                }
                continue
            }
            let target = directory.appendingPathComponent(next)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: target)
            let base = (next as NSString).deletingLastPathComponent
            for reference in referencedFiles(String(decoding: contents, as: UTF8.self)) {
                let path = normalized(base.isEmpty ? reference : base + "/" + reference)
                // Only files inside the repository are read, and only into the temporary directory.
                if !path.hasPrefix("..") { pending.append(path) }
            }
        }
        return document
    }

    /// Deletes the temporary directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Where a location in the temporary directory was in the repository: `REV:PATH:line:col`.
    func relocated(_ location: SourceLocation?) -> SourceLocation? {
        guard var location else { return nil }
        let prefix = directory.path + "/"
        if location.file.hasPrefix(prefix) {
            location.file = revision + ":" + location.file.dropFirst(prefix.count)
        } else if location.file == file {
            location.file = displayName
        }
        return location
    }

    /// The relative file names `$ref` values in `text` point into (not URLs, not fragments of the same file).
    static func referencedFiles(_ text: String) -> [String] {
        var files: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: "$ref") {
            rest = rest[range.upperBound...]
            // `$ref: x`, `"$ref": "x"`, `'$ref': 'x'`.
            let afterKey = rest.drop { $0 == "\"" || $0 == "'" || $0 == " " }
            guard afterKey.first == ":" else { continue }
            let value = afterKey.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let end = value.firstIndex { $0 == "\"" || $0 == "'" || $0 == "\n" || $0 == "\r" || $0 == "," || $0 == "}" }
            let reference = String(value[..<(end ?? value.endIndex)]).trimmingCharacters(in: .whitespaces)
            let file = String(
                reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            guard !file.isEmpty, !file.contains("://"), !file.hasPrefix("/") else { continue }
            files.append(file.removingPercentEncoding ?? file)
        }
        return files
    }

    /// `a/./b/../c` → `a/c`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", !parts.isEmpty, parts.last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    private static func git(_ arguments: [String]) throws -> String {
        String(decoding: try gitData(arguments), as: UTF8.self)
    }

    private static func gitData(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run git: \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(description: "git \(arguments.joined(separator: " ")): \(text)")
        }
        return data
    }
}
