import Foundation

/// The process's resident memory as Linux reports it: the peak since the last reset (`VmHWM`) and now (`VmRSS`).
enum PeakMemory {
    /// Starts a new peak: the kernel sets the high-water mark back to the current resident size.
    static func reset() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// The peak resident memory since the last reset, in MiB.
    static var peakMiB: Double { field("VmHWM:") }

    /// The resident memory now, in MiB.
    static var currentMiB: Double { field("VmRSS:") }

    private static func field(_ name: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
            let kibibytes = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return .nan }
        return kibibytes / 1024
    }
}
