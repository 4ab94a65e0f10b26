#!/usr/bin/env bash
# schemathesis 4 (PyPI) against the Plexus sandbox: every check it has, a fixed seed and example count, so runs are
# comparable. Builds and starts `plexus-sandbox`, logs in as the demo user (and a throwaway user for DELETE
# /rest/user), runs `st run` with the hooks of scripts/schemathesis_hooks.py, prints its summary and exits with its
# status. SchemathesisTests runs the same against an in-process sandbox in `swift test`.
#
#   scripts/schemathesis-sandbox.sh                 # 20 examples per operation, seed 1
#   EXAMPLES=100 SEED=7 scripts/schemathesis-sandbox.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18090}
examples=${EXAMPLES:-20}
seed=${SEED:-1}
report=${REPORT_DIR:-.build/schemathesis}

command -v st >/dev/null 2>&1 || python3 -m pip install --quiet 'schemathesis==4.32.5'
swift build --product plexus-sandbox >/dev/null
.build/debug/plexus-sandbox --port "$port" --run-seconds 0.2 >/dev/null &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -sf "$base/version" >/dev/null && break; sleep 0.1; done

token() {
    curl -sf -u sandbox:sandbox -H 'Content-Type: application/json' \
        -d "{\"grant_type\": \"password\", \"username\": \"$1\", \"password\": \"$2\"}" "$base/auth/token" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}
curl -sf -u sandbox:sandbox -H 'Content-Type: application/json' \
    -d '{"email": "throwaway@example.com", "password": "throwaway", "full_name": "Throwaway"}' "$base/auth/user" >/dev/null
PLEXUS_TOKEN=$(token demo demo)
PLEXUS_THROWAWAY_TOKEN=$(token throwaway@example.com throwaway)
export PLEXUS_TOKEN PLEXUS_THROWAWAY_TOKEN

# The SDK's integer range, stated in scripts/schemathesis_hooks.py.
export PYTHONPATH="scripts${PYTHONPATH:+:$PYTHONPATH}" SCHEMATHESIS_HOOKS=schemathesis_hooks
st --config-file scripts/schemathesis-sandbox.toml run openapi.yaml --url "$base" --checks all \
    --max-examples "$examples" --seed "$seed" --workers 1 --report junit --report-dir "$report" \
    --suppress-health-check all
