import ArgumentParser
import Resolver
import YAMLLoader

/// How every command reads its input: which directory references may reach and how large a file may be.
struct InputOptions: ParsableArguments {
    @Option(
        name: .customLong("ref-root"),
        help:
            "Directory that references may not leave, links followed (default: the current directory if it contains SPEC, else SPEC's directory)."
    )
    var referenceRoot: String?

    @Option(
        name: .customLong("max-file-size"),
        help: "Largest file read (the document, referenced files, the config), in MiB; checked before reading.")
    var maxFileSize: Int = SourceFile.defaultMaximumBytes >> 20

    func validate() throws {
        guard maxFileSize >= 1, maxFileSize <= 4096 else {
            throw ValidationError("--max-file-size must be 1 to 4096 (MiB)")
        }
    }

    /// The bounds on every file read.
    var limits: YAMLLoaderLimits { YAMLLoaderLimits(maxFileBytes: maxFileSize << 20) }

    /// The resolver's options for these settings.
    var resolverOptions: ResolverOptions { ResolverOptions(allowedRoot: referenceRoot, limits: limits) }
}
