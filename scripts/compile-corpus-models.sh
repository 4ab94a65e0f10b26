#!/usr/bin/env bash
# Generates models for every OpenAPI 3 root document of ../shared/corpus that resolves without errors, and
# type-checks each generated Types.swift together with PlexusRuntime. Prints one line per document and a count.
# Usage: scripts/compile-corpus-models.sh   (from the repository root; builds plexus-gen first)
set -u
cd "$(dirname "$0")/.."
swift build --product plexus-gen >/dev/null || exit 1
corpus=../shared/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
generated=0
compiled=0
while IFS=$'\t' read -r path role version; do
    [ "$role" = root ] || continue
    case "$version" in swagger*) continue ;; esac
    out="$work/out"
    rm -rf "$out"
    if ! .build/debug/plexus-gen generate --ref-root "$corpus" --output "$out" "$corpus/$path" >/dev/null 2>&1; then
        continue
    fi
    generated=$((generated + 1))
    rm -rf "$work/gen" && mkdir "$work/gen"
    for file in "$out"/*.swift; do
        sed 's/^\(public \)\{0,1\}import PlexusRuntime$//' "$file" > "$work/gen/$(basename "$file")"
    done
    if swiftc -typecheck -swift-version 6 -module-name Generated Sources/PlexusRuntime/*.swift "$work"/gen/*.swift \
        > "$work/log" 2>&1; then
        compiled=$((compiled + 1))
        echo "ok       $path"
    else
        echo "FAILED   $path: $(grep -m1 'error:' "$work/log" | sed 's/^[^:]*:[0-9]*:[0-9]*: //')"
    fi
done < <(awk -F'\t' 'NR > 1 { print $1 "\t" $3 "\t" $5 }' "$corpus/MANIFEST.tsv")
echo "$compiled of $generated generated model files compile"
