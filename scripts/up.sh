#!/usr/bin/env bash
# Brings the whole system up with demo data: installs the servers if missing, builds, starts the AppHost
# (PostgreSQL, Redis, RabbitMQ, the four services, the Aspire dashboard) and prints the URLs.
# Stop with Ctrl+C (or SIGTERM). Data stays in .data/ between runs; delete that folder to start afresh.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/prerequisites.sh
dotnet build AppHost -nologo -clp:ErrorsOnly
echo "Starting; the dashboard is at http://localhost:18888, the gateway at http://localhost:5080 (HTTP) and http://localhost:5081 (gRPC, HTTP/2)."
exec dotnet run --project AppHost --no-build --launch-profile http
