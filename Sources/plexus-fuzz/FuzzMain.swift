import Foundation

/// `plexus-fuzz`: the fuzzing harness of the loader, decoder, resolver, linter and emitters.
///
/// Built by `scripts/fuzz.sh` with libFuzzer (`-sanitize=fuzzer`, `PLEXUS_LIBFUZZER`), it is a coverage-guided
/// fuzzer taking libFuzzer's options. Built normally, it replays inputs: every file named, or every file in the
/// directories named, goes through `FuzzTarget` once (the tests replay the seeds and every input that once
/// crashed, `Tests/Fuzz`).
@main
enum FuzzMain {
    static func main() {
        #if PLEXUS_LIBFUZZER
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(
                LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                    FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                    return 0
                })
        #else
            var count = 0
            for argument in CommandLine.arguments.dropFirst() {
                for file in files(at: argument) {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        FileHandle.standardError.write(Data("plexus-fuzz: cannot read \(file)\n".utf8))
                        exit(2)
                    }
                    FuzzTarget.run(Array(data))
                    count += 1
                }
            }
            print("plexus-fuzz: \(count) input(s) replayed, no crash")
        #endif
    }

    /// `path` itself, or the regular files below it, sorted.
    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }
}

#if PLEXUS_LIBFUZZER
    /// libFuzzer's driver, from the runtime `-sanitize=fuzzer` links.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    // The C symbol libFuzzer exports.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32
#endif
