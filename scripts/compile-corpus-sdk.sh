#!/usr/bin/env bash
# Generates models, client and server stubs for every OpenAPI 3 root document of Tests/Corpus that resolves
# without errors, and type-checks the generated files against the built PlexusRuntime module: first Types*.swift
# alone, then with Operations.swift and Client.swift, then with Server.swift too. Prints one line per document and
# the counts.
# Usage: scripts/compile-corpus-sdk.sh   (from the repository root; builds plexus-gen and PlexusRuntime first)
set -u
cd "$(dirname "$0")/.."
swift build --product plexus-gen >/dev/null || exit 1
swift build --target PlexusRuntime >/dev/null || exit 1
modules=.build/debug/Modules
corpus=Tests/Corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
generated=0
models=0
clients=0
servers=0
while IFS=$'\t' read -r path role version; do
    [ "$role" = root ] || continue
    case "$version" in swagger*) continue ;; esac
    out="$work/out"
    rm -rf "$out"
    if ! .build/debug/plexus-gen generate --ref-root "$corpus" --output "$out" --mode types --mode client --mode server \
        "$corpus/$path" >/dev/null 2>&1; then
        continue
    fi
    generated=$((generated + 1))
    types=$(ls "$out"/Types*.swift)
    if ! swiftc -typecheck -swift-version 6 -module-name Generated -I "$modules" $types > "$work/log" 2>&1; then
        echo "FAILED   $path (models): $(grep -m1 'error:' "$work/log" | sed 's/^[^:]*:[0-9]*:[0-9]*: //')"
        continue
    fi
    models=$((models + 1))
    if ! swiftc -typecheck -swift-version 6 -module-name Generated -I "$modules" $types "$out/Operations.swift" \
        "$out/Client.swift" > "$work/log" 2>&1; then
        echo "FAILED   $path (client): $(grep -m1 'error:' "$work/log" | sed 's/^[^:]*:[0-9]*:[0-9]*: //')"
        continue
    fi
    clients=$((clients + 1))
    if swiftc -typecheck -swift-version 6 -module-name Generated -I "$modules" $types "$out/Operations.swift" \
        "$out/Client.swift" "$out/Server.swift" > "$work/log" 2>&1; then
        servers=$((servers + 1))
        echo "ok       $path"
    else
        echo "FAILED   $path (server): $(grep -m1 'error:' "$work/log" | sed 's/^[^:]*:[0-9]*:[0-9]*: //')"
    fi
done < <(awk -F'\t' 'NR > 1 { print $1 "\t" $3 "\t" $5 }' "$corpus/MANIFEST.tsv")
echo "$models of $generated generated model files compile; $clients of $generated with the client; $servers of $generated with the server too"
