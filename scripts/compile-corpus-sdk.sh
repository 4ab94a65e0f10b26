#!/usr/bin/env bash
# Generates models, client and server stubs for every root document of Tests/Corpus (Swagger 2.0, OpenAPI 3.0,
# 3.1, JSON and YAML) and type-checks the generated files against the built PlexusRuntime module with warnings as
# errors. A document listed in Tests/Corpus/NOT-GENERATED.tsv (invalid documents, each with the reason) must be
# refused instead. Every other document must generate with no operation left out (no `operation-skipped`) and
# compile. Prints one line per document, then the counts and the time; exits 1 on any failure.
#
# Usage: scripts/compile-corpus-sdk.sh [PLEXUS_GEN MODULES_DIR]
#   Without arguments it builds plexus-gen and PlexusRuntime (debug) first. The tests pass the built executable
#   and module directory, since they run inside `swift test`, which holds the build directory.
set -u
cd "$(dirname "$0")/.."
if [ $# -ge 2 ]; then
    generator=$1
    modules=$2
else
    swift build --product plexus-gen >/dev/null || exit 1
    swift build --target PlexusRuntime >/dev/null || exit 1
    generator=.build/debug/plexus-gen
    modules=.build/debug/Modules
fi
corpus=Tests/Corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s)

# One document: generate, then type-check; prints one result line.
check() {
    local path=$1 expected=$2 out="$work/$(echo "$1" | tr '/' '_')"
    if ! "$generator" generate --ref-root "$corpus" --no-config --output "$out" \
        --mode types --mode client --mode server "$corpus/$path" >"$out.log" 2>&1; then
        if [ -n "$expected" ]; then
            echo "refused  $path ($expected)"
        else
            echo "FAILED   $path (generate): $(grep -m1 'error:' "$out.log")"
        fi
        return
    fi
    if [ -n "$expected" ]; then
        echo "FAILED   $path: generates, but NOT-GENERATED.tsv says it cannot ($expected)"
        return
    fi
    if grep -q 'operation-skipped' "$out.log"; then
        echo "FAILED   $path (operations left out): $(grep -m1 'operation-skipped' "$out.log")"
        return
    fi
    if swiftc -typecheck -swift-version 6 -warnings-as-errors -module-name Generated -I "$modules" "$out"/*.swift \
        >"$out.swiftc" 2>&1; then
        echo "ok       $path"
    else
        echo "FAILED   $path (compile): $(grep -m1 -E 'error:|warning:' "$out.swiftc")"
    fi
}
export -f check
export generator modules corpus work

# Each document as two arguments, its path and the reason it must be refused ("-" when it must generate), checked
# two at a time on every core.
awk -F'\t' 'NR == FNR { if (FNR > 1) reason[$1] = $2; next }
    FNR > 1 && $3 == "root" { printf "%s%c%s%c", $1, 0, ($1 in reason ? reason[$1] : "-"), 0 }' \
    "$corpus/NOT-GENERATED.tsv" "$corpus/MANIFEST.tsv" |
    xargs -0 -n 2 -P "$(nproc)" bash -c 'check "$1" "$([ "$2" = - ] || echo "$2")"' _ | sort -k2 >"$work/results"

cat "$work/results"
ok=$(grep -c '^ok ' "$work/results")
refused=$(grep -c '^refused ' "$work/results")
failed=$(grep -c '^FAILED ' "$work/results")
echo "$ok documents generate and compile with warnings as errors; $refused invalid documents are refused as listed; $failed failures ($(($(date +%s) - start)) s)"
[ "$failed" -eq 0 ]
