internal import Foundation

/// The one gate every file plexus-gen reads passes through: the document, the files its references reach, the
/// config and the templates.
///
/// Only regular files are read (a FIFO, a device such as `/dev/zero`, a socket or a directory is refused at once,
/// without blocking), and the size is checked before anything is read, so memory stays bounded whatever the path
/// names. Whether a path may be read at all (the allowed root, followed symbolic links) is decided with `realPath`
/// before the file is opened.
public enum SourceFile {
    /// The largest file read by default: 64 MiB, ten times the largest public OpenAPI documents.
    public static let defaultMaximumBytes = 64 << 20

    /// Why a file was not read.
    public struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        /// What is wrong, without the file's name (callers name it as they display it).
        public var reason: String
        /// The reason.
        public var description: String { reason }
    }

    /// The bytes of the regular file at `path`, at most `maximumBytes` of them.
    public static func read(_ path: String, maximumBytes: Int = defaultMaximumBytes) throws(Refusal) -> [UInt8] {
        // Non-blocking, so opening a FIFO without a writer returns at once instead of waiting forever.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Refusal(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Refusal(reason: String(cString: strerror(errno))) }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else { throw Refusal(reason: "not a regular file (\(describe(kind)))") }
        guard Int(status.st_size) <= maximumBytes else {
            throw Refusal(
                reason: "\(status.st_size) bytes, more than the limit of \(maximumBytes) bytes (--max-file-size)")
        }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Int(status.st_size))
        // No larger than the file (and one byte to see its end), so reading the 58 small templates does not clear
        // 64 KiB for each.
        var chunk = [UInt8](repeating: 0, count: min(1 << 16, Int(status.st_size) + 1))
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Refusal(reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            // A file that grows while it is read is held to the same limit.
            guard bytes.count + count <= maximumBytes else {
                throw Refusal(reason: "more than the limit of \(maximumBytes) bytes (--max-file-size)")
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// The absolute path of `path` with every symbolic link, `.` and `..` resolved, or `nil` when it does not
    /// exist. A root check on this path cannot be escaped through a link.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when the real path of `path` is `root`'s real path or lies below it (a link inside the root that
    /// points outside it is outside).
    public static func isInside(_ path: String, root: String) -> Bool {
        guard let real = realPath(path), let realRoot = realPath(root) else { return false }
        return realRoot == "/" || real == realRoot || real.hasPrefix(realRoot + "/")
    }

    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a plain file"
        }
    }
}

/// The C library's `read`, which `SourceFile.read` hides inside the type.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
