#!/usr/bin/env bash
# Brings the demo cycles to their demo states through the gateway: the regional cycle (real 2022 data) scored and
# PUBLISHED, the assessment-blocks cycle (kz-blocks-2025) scored and left as a DRAFT, both with uncertainty
# intervals and lineage. Idempotent: a cycle already at (or past) its demo state is left alone.
# Usage: ASSESS_SIGNING_KEY=... scripts/demo-cycles.sh http://localhost:5080   (tools/assess must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
gateway=${1:?usage: demo-cycles.sh GATEWAY_HTTP_URL}
: "${ASSESS_SIGNING_KEY:?set ASSESS_SIGNING_KEY to the key the system signs tokens with}"

admin=$(dotnet run --project tools/assess --no-build -- token issue --subject demo-admin --role methodology-admin --lifetime 1h --signing-key-env ASSESS_SIGNING_KEY)

cycle_state() { curl -s "$gateway/api/v1/scoring/cycles/$1" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p'; }

# advance CYCLE TARGET: computes a run while the cycle still takes one, then moves it state by state up to TARGET.
advance() {
  local cycle=$1 target=$2 state passed=no to
  state=$(cycle_state "$cycle")
  if [ -z "$state" ]; then echo "demo: cycle $cycle does not exist; skipped" >&2; return 0; fi
  if [ "$state" = OPEN ] || [ "$state" = CLOSED ]; then
    curl -sf -X POST "$gateway/api/v1/scoring/cycles/$cycle/runs" -H "Authorization: Bearer $admin" \
      -H 'Content-Type: application/json' -d '{}' > /dev/null || echo "demo: no new run of $cycle (unchanged inputs or no data)" >&2
  fi
  for to in OPEN CLOSED DRAFT REVIEW PUBLISHED; do
    if [ "$passed" = yes ]; then
      curl -sf -X POST "$gateway/api/v1/scoring/cycles/$cycle/state" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -d "{\"to\":\"$to\",\"reason\":\"Demo: $cycle to $target\"}" > /dev/null \
        || { echo "demo: $cycle could not move to $to" >&2; return 0; }
    fi
    [ "$to" = "$target" ] && break
    [ "$to" = "$state" ] && passed=yes
  done
  echo "demo: $cycle is $(cycle_state "$cycle")"
}

advance kz-regions-2022 PUBLISHED
advance kz-blocks-2025 DRAFT
