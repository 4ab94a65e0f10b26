#!/usr/bin/env bash
# How long the SDK plexus-gen generates takes to compile, beside the one apple/swift-openapi-generator 1.14.3
# generates from the same document, measured in one run on this machine.
#
# For each document: generates the types and the client with both tools, puts each into a throwaway package (its
# runtime as the only dependency), builds the dependencies once, then times, alternating the two packages, a debug
# rebuild of the SDK module after touching its files and a release rebuild the same way. Prints the lines
# generated, the median seconds of each, the peak memory of the build (largest compiler process), and the ratios.
#
# Usage: scripts/compile-time.sh [--runs N] [--plugin] [--debug-only] [--conformance VALUE ...] DOCUMENT...
#   Builds plexus-gen (release) and swift-openapi-generator 1.14.3 (release, from the package mirror, into
#   .build-sog/, which .gitignore keeps out) first. Default: 3 runs each, the google-books document of the corpus.
#   --plugin adds plexus-gen's output as the build plugin writes it, models in 8 files (`--types-files 8`), and as
#   it wrote them before, in one `Types.swift` (`--single-types-file`), in debug builds beside the CLI's.
#   --debug-only leaves out the release builds.
#   --conformance VALUE (repeatable: equatable, none) adds plexus-gen's output with `--model-conformance VALUE`,
#   in debug and release builds beside the default (hashable) one.
set -euo pipefail
cd "$(dirname "$0")/.."
repository=$(pwd)
runs=3
plugin=0
debug_only=0
conformances=()
while [ $# -gt 0 ]; do
    case $1 in
    --conformance) conformances+=("$2"); shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --plugin) plugin=1; shift ;;
    --debug-only) debug_only=1; shift ;;
    *) break ;;
    esac
done
documents=("$@")
[ ${#documents[@]} -gt 0 ] || documents=(Tests/Corpus/edge/openapikit/google-books-3.0.yaml)

swift build -c release --product plexus-gen >/dev/null
plexus=$repository/.build/release/plexus-gen
mkdir -p .build-sog/tool
cat >.build-sog/tool/Package.swift <<'EOF'
// swift-tools-version: 5.9
// Builds apple/swift-openapi-generator 1.14.3 (from the local package mirror) for scripts/compile-time.sh.
import PackageDescription

let package = Package(
    name: "sog-tool",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")],
    targets: []
)
EOF
(cd .build-sog/tool && swift build -c release --product swift-openapi-generator >/dev/null)
sog=$repository/.build-sog/tool/.build/release/swift-openapi-generator

# A package with one library target, SDK, holding the generated files; $2 is the dependency text.
make_package() {
    local directory=$1 dependencies=$2 products=$3
    mkdir -p "$directory/Sources/SDK"
    cat >"$directory/Package.swift" <<EOF
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "SDK",
    platforms: [.macOS(.v13)],
    dependencies: [$dependencies],
    targets: [.target(name: "SDK", dependencies: [$products])]
)
EOF
}

# A package holding plexus-gen's SDK of $1 in $2; further arguments go to `plexus-gen generate`.
plexus_package() {
    local document=$1 directory=$2
    shift 2
    make_package "$directory" \
        ".package(name: \"plexus-gen\", path: \"$repository\"), .package(url: \"https://github.com/apple/swift-openapi-runtime\", from: \"1.13.4\"), .package(url: \"https://github.com/apple/swift-http-types\", from: \"1.8.0\")" \
        ".product(name: \"PlexusRuntime\", package: \"plexus-gen\"), .product(name: \"OpenAPIRuntime\", package: \"swift-openapi-runtime\"), .product(name: \"HTTPTypes\", package: \"swift-http-types\")"
    "$plexus" generate "$document" --no-config --output "$directory/Sources/SDK" --mode types --mode client "$@" \
        >/dev/null
}

for document in "${documents[@]}"; do
    name=$(basename "$document")
    work=$repository/.build-sog/compile-time/${name%.*}
    rm -rf "$work"
    plexus_package "$document" "$work/plexus"
    for conformance in ${conformances[@]+"${conformances[@]}"}; do
        plexus_package "$document" "$work/conformance-$conformance" --model-conformance "$conformance"
    done
    if [ $plugin = 1 ]; then
        plexus_package "$document" "$work/plugin-8" --types-files 8
        plexus_package "$document" "$work/plugin-1" --single-types-file
    fi
    make_package "$work/sog" \
        ".package(url: \"https://github.com/apple/swift-openapi-runtime\", from: \"1.13.4\"), .package(url: \"https://github.com/apple/swift-http-types\", from: \"1.8.0\")" \
        ".product(name: \"OpenAPIRuntime\", package: \"swift-openapi-runtime\"), .product(name: \"HTTPTypes\", package: \"swift-http-types\")"
    printf 'generate:\n  - types\n  - client\naccessModifier: public\n' >"$work/sog/openapi-generator-config.yaml"
    "$sog" generate "$document" --config "$work/sog/openapi-generator-config.yaml" \
        --output-directory "$work/sog/Sources/SDK" >"$work/sog.log" 2>&1 || { cat "$work/sog.log"; exit 1; }
    python3 - "$work" "$runs" "$name" "$plugin" "$debug_only" ${conformances[@]+"${conformances[@]}"} <<'EOF'
import os, pathlib, resource, statistics, subprocess, sys, time

work, runs, name, plugin = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
debug_only = sys.argv[5] == "1"
tools = {"plexus-gen": os.path.join(work, "plexus"), "swift-openapi-generator": os.path.join(work, "sog")}
for conformance in sys.argv[6:]:
    tools[f"plexus-gen, {conformance}"] = os.path.join(work, f"conformance-{conformance}")
if plugin:
    tools["plugin, 8 Types files"] = os.path.join(work, "plugin-8")
    tools["plugin before, 1 file"] = os.path.join(work, "plugin-1")
# The plugin variants are compared in debug builds, the build most often waited for; release builds are one job.
configurations = {tool: ("debug",) if tool.startswith("plugin") or debug_only else ("debug", "release")
                  for tool in tools}

def lines(package):
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in pathlib.Path(package, "Sources/SDK").glob("*.swift"))

def build(package, configuration):
    """Seconds and peak memory (MiB, the largest process of the build) of one build."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", "swift", "build", "-c", configuration],
                            cwd=package, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{package}: swift build -c {configuration} failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    peak = int(result.stderr.strip().splitlines()[-1]) / 1024
    return seconds, peak

def touch(package):
    for path in pathlib.Path(package, "Sources/SDK").glob("*.swift"):
        path.touch()

figures = {tool: {"debug": [], "release": []} for tool in tools}
for configuration in ("debug", "release"):
    measured = {tool: package for tool, package in tools.items() if configuration in configurations[tool]}
    for package in measured.values():
        build(package, configuration)  # dependencies, once
    for _ in range(runs):
        for tool, package in measured.items():  # alternated, so drift on a noisy machine hits both
            touch(package)
            figures[tool][configuration].append(build(package, configuration))

print(f"\n{name}: median of {runs} alternated runs (seconds; peak MiB of the largest compiler process)")
print(f"{'':26}{'lines':>8}{'debug s':>10}{'MiB':>8}{'release s':>11}{'MiB':>8}")
row = {}
for tool, package in tools.items():
    debug = statistics.median(s for s, _ in figures[tool]["debug"])
    debug_mib = max(m for _, m in figures[tool]["debug"])
    if figures[tool]["release"]:
        release = statistics.median(s for s, _ in figures[tool]["release"])
        release_mib = max(m for _, m in figures[tool]["release"])
        row[tool] = (debug, release)
        print(f"{tool:26}{lines(package):>8}{debug:>10.1f}{debug_mib:>8.0f}{release:>11.1f}{release_mib:>8.0f}")
    else:
        row[tool] = (debug, None)
        print(f"{tool:26}{lines(package):>8}{debug:>10.1f}{debug_mib:>8.0f}")
ours, theirs = row["plexus-gen"], row["swift-openapi-generator"]
release_ratio = f"{ours[1] / theirs[1]:>11.2f}" if ours[1] is not None else ""
print(f"{'ratio (plexus-gen / sog)':26}{'':>8}{ours[0] / theirs[0]:>10.2f}{'':>8}{release_ratio}")
for conformance in sys.argv[6:]:
    variant = row[f"plexus-gen, {conformance}"]
    release_ratio = f"{variant[1] / theirs[1]:>11.2f}" if variant[1] is not None else ""
    print(f"{'ratio (' + conformance + ' / sog)':26}{'':>8}{variant[0] / theirs[0]:>10.2f}{'':>8}{release_ratio}")
if plugin:
    for tool, label in (("plugin, 8 Types files", "ratio (plugin / CLI)"),
                        ("plugin before, 1 file", "ratio (before / CLI)")):
        print(f"{label:26}{'':>8}{row[tool][0] / ours[0]:>10.2f}")
EOF
done
