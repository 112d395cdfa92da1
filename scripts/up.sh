#!/usr/bin/env bash
# Brings the whole system up with demo data: installs the servers if missing, builds, starts the AppHost
# (PostgreSQL, Redis, RabbitMQ, the four services, the Aspire dashboard), waits until the gateway is ready,
# publishes the regional demo cycle, drafts the assessment-blocks one, and prints the URLs. Stop with Ctrl+C (or SIGTERM).
# Data stay in .data/ between runs; delete that folder to start afresh.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/prerequisites.sh
dotnet build AppHost -nologo -clp:ErrorsOnly
dotnet build tools/assess -nologo -clp:ErrorsOnly

gateway_http=http://localhost:5080
started=$(date +%s)
dotnet run --project AppHost --no-build --launch-profile http &
apphost=$!
trap 'kill -TERM $apphost 2>/dev/null; wait $apphost 2>/dev/null' INT TERM

echo "Waiting for the gateway to be ready (PostgreSQL, RabbitMQ, Redis and four services start first)..."
until curl -sf "$gateway_http/health" > /dev/null 2>&1; do
  kill -0 $apphost 2>/dev/null || { echo "The AppHost stopped; see its output above." >&2; exit 1; }
  sleep 2
done
echo "Gateway ready after $(( $(date +%s) - started )) s."

# The demo: the real regional data (loaded at start) scored and published, so the portal shows a published
# cycle; the assessment-blocks cycle scored and left as a draft. An admin token is signed with the key the
# AppHost keeps in its user secrets.
ASSESS_SIGNING_KEY=$(dotnet user-secrets list --project AppHost 2>/dev/null | sed -n 's/^Parameters:auth-signing-key = //p')
export ASSESS_SIGNING_KEY
if [ -n "$ASSESS_SIGNING_KEY" ]; then
  bash scripts/demo-cycles.sh "$gateway_http" || echo "The demo cycles could not be prepared; the portal still runs." >&2
fi

cat <<MSG

Assessment is up.
  Portal and API (gateway, HTTP):   $gateway_http          e.g. $gateway_http/cycles/kz-regions-2022
                                    draft (admins and bodies only): $gateway_http/cycles/kz-blocks-2025
  gRPC (gateway, HTTP/2 cleartext): http://localhost:5081
  Aspire dashboard:                 http://localhost:18888
Press Ctrl+C to stop.
MSG
wait $apphost
