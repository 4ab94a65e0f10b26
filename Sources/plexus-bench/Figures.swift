import Foundation

/// The figures of one document, passed from the measuring child to the printing parent as one line.
struct Figures {
    var path: String
    var bytes: Int
    var scanSeconds: Double
    var loadSeconds: Double
    var decodeSeconds: Double
    /// Following references and building the IR from the decoded model.
    var resolveSeconds: Double
    /// Rendering the models from the IR.
    var generateSeconds: Double
    /// Rendering the client from the IR.
    var clientSeconds: Double
    /// Rendering the server stubs and the operation types they share with the client.
    var serverSeconds: Double
    /// Read, load, decode, resolve and render: the whole `generate` job for models, client and server, in process.
    var totalSeconds: Double
    /// `plexus-gen lint` in process on the loaded document: decode, resolve and every recommended rule.
    var lintSeconds: Double = 0
    /// `plexus-gen generate --mode types --mode client --mode server` as a process, writing into a fresh
    /// directory: what a user waits for.
    var wallSeconds: Double = 0
    var peakResidentKilobytes: Int
    var note: String

    /// Our full load+decode time over the bare libyaml event scan: the tokenizer is the floor no parser beats.
    var ratio: Double { (loadSeconds + decodeSeconds) / scanSeconds }

    static let header = [
        pad("document", 34), pad("bytes", 9, right: true), pad("scan ms", 9, right: true),
        pad("load ms", 9, right: true), pad("decode ms", 10, right: true), pad("ratio", 7, right: true),
        pad("resolve ms", 11, right: true), pad("types ms", 9, right: true), pad("client ms", 10, right: true),
        pad("server ms", 10, right: true), pad("total ms", 9, right: true), pad("wall ms", 9, right: true),
        pad("lint ms", 9, right: true),
        pad("peak MB", 9, right: true), "  note",
    ].joined()

    var row: String {
        [
            Self.pad(Self.shortName(path), 34), Self.pad(String(bytes), 9, right: true),
            Self.pad(Self.milliseconds(scanSeconds), 9, right: true),
            Self.pad(Self.milliseconds(loadSeconds), 9, right: true),
            Self.pad(Self.milliseconds(decodeSeconds), 10, right: true),
            Self.pad(String(format: "%.2f", ratio), 7, right: true),
            Self.pad(Self.milliseconds(resolveSeconds), 11, right: true),
            Self.pad(Self.milliseconds(generateSeconds), 9, right: true),
            Self.pad(Self.milliseconds(clientSeconds), 10, right: true),
            Self.pad(Self.milliseconds(serverSeconds), 10, right: true),
            Self.pad(Self.milliseconds(totalSeconds), 9, right: true),
            Self.pad(wallSeconds > 0 ? Self.milliseconds(wallSeconds) : "-", 9, right: true),
            Self.pad(Self.milliseconds(lintSeconds), 9, right: true),
            Self.pad(String(format: "%.1f", Double(peakResidentKilobytes) / 1024), 9, right: true),
            "  " + note,
        ].joined()
    }

    var serialized: String {
        [
            path, String(bytes), String(scanSeconds), String(loadSeconds), String(decodeSeconds),
            String(resolveSeconds), String(generateSeconds), String(clientSeconds), String(serverSeconds),
            String(totalSeconds),
            String(lintSeconds), String(peakResidentKilobytes),
            note,
        ].joined(separator: "\t")
    }

    init(
        path: String, bytes: Int, scanSeconds: Double, loadSeconds: Double, decodeSeconds: Double,
        resolveSeconds: Double, generateSeconds: Double, clientSeconds: Double, serverSeconds: Double,
        totalSeconds: Double,
        peakResidentKilobytes: Int, note: String
    ) {
        self.path = path
        self.bytes = bytes
        self.scanSeconds = scanSeconds
        self.loadSeconds = loadSeconds
        self.decodeSeconds = decodeSeconds
        self.resolveSeconds = resolveSeconds
        self.generateSeconds = generateSeconds
        self.clientSeconds = clientSeconds
        self.serverSeconds = serverSeconds
        self.totalSeconds = totalSeconds
        self.peakResidentKilobytes = peakResidentKilobytes
        self.note = note
    }

    init?(serialized: String) {
        let fields = serialized.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 13, let bytes = Int(fields[1]), let scan = Double(fields[2]),
            let load = Double(fields[3]), let decode = Double(fields[4]), let resolve = Double(fields[5]),
            let generate = Double(fields[6]), let client = Double(fields[7]), let server = Double(fields[8]),
            let total = Double(fields[9]), let lint = Double(fields[10]), let peak = Int(fields[11])
        else { return nil }
        self.init(
            path: fields[0], bytes: bytes, scanSeconds: scan, loadSeconds: load, decodeSeconds: decode,
            resolveSeconds: resolve, generateSeconds: generate, clientSeconds: client, serverSeconds: server,
            totalSeconds: total, peakResidentKilobytes: peak, note: fields[12])
        lintSeconds = lint
    }

    private static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1000) }

    private static func shortName(_ path: String) -> String {
        let parts = path.split(separator: "/")
        let name = parts.suffix(2).joined(separator: "/")
        return name.count > 33 ? String(name.suffix(33)) : name
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        guard text.count < width else { return text + " " }
        let padding = String(repeating: " ", count: width - text.count)
        return right ? padding + text : text + padding
    }
}
