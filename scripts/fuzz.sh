#!/usr/bin/env bash
# Coverage-guided fuzzing of loader, decoder, resolver, linter and emitters with libFuzzer (see Tests/Fuzz/README.md).
# Usage: scripts/fuzz.sh RUNS [JOBS]   (from anywhere; exit 0 when RUNS inputs ran without a crash or hang)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:?usage: scripts/fuzz.sh RUNS [JOBS]}
jobs=${2:-1}
swift build -c release --scratch-path .build-fuzz --product plexus-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld -Xswiftc -DPLEXUS_LIBFUZZER >&2
work=.build-fuzz/work
rm -rf "$work"
mkdir -p "$work/seeds" "$work/corpus" .build-fuzz/artifacts
cp Tests/Fuzz/Seeds/* Tests/Fuzz/Regressions/* "$work/seeds/" 2>/dev/null || true
find Tests/Corpus \( -name '*.yaml' -o -name '*.json' \) -size -16k -print0 | while IFS= read -r -d '' file; do
    cp "$file" "$work/seeds/$(echo "$file" | tr '/' '_')"
done
export SWIFT_BACKTRACE=enable=no
per_job=$(( (runs + jobs - 1) / jobs ))
status=0
pids=()
for job in $(seq 1 "$jobs"); do
    .build-fuzz/release/plexus-fuzz "$work/corpus" "$work/seeds" -dict=Tests/Fuzz/openapi.dict -runs="$per_job" \
        -max_len=16384 -timeout=10 -rss_limit_mb=4096 -seed="$job" -print_final_stats=1 \
        -artifact_prefix=.build-fuzz/artifacts/ > ".build-fuzz/job-$job.log" 2>&1 &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for job in $(seq 1 "$jobs"); do
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done|==[0-9]+== ERROR|SUMMARY|INFO: Seed)' ".build-fuzz/job-$job.log" | sed "s/^/job $job: /" || true
done
if [ "$status" -ne 0 ]; then
    echo "fuzz.sh: a job failed; inputs in .build-fuzz/artifacts/, logs in .build-fuzz/job-*.log" >&2
    tail -40 .build-fuzz/job-*.log >&2
fi
exit "$status"
