#!/usr/bin/env bash
# Installs what the system and its tests need on a fresh Debian 12 machine that has the .NET SDK:
# PostgreSQL, Redis and RabbitMQ (run by the AppHost as local processes), Chromium for browser tests and PDF.
# Installs only what is missing; the Debian services it may start are stopped again (the AppHost runs its own).
set -euo pipefail

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=()
compgen -G "/usr/lib/postgresql/*/bin/postgres" > /dev/null || packages+=(postgresql)
[ -x /usr/bin/redis-server ] || packages+=(redis-server)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || packages+=(rabbitmq-server)
[ -x /usr/bin/chromium ] || packages+=(chromium chromium-driver)

if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing: ${packages[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" > /tmp/assessment-apt.log 2>&1 \
    || { tail -30 /tmp/assessment-apt.log; exit 1; }
  # The packages start system-wide servers where they can; the AppHost runs its own on free ports instead.
  for service in postgresql redis-server rabbitmq-server; do
    sudo_if_needed service "$service" stop > /dev/null 2>&1 || true
  done
fi

command -v dotnet > /dev/null || { echo "The .NET SDK (10.0) is required: https://dot.net" >&2; exit 1; }
