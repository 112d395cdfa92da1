#!/usr/bin/env bash
# Sourced by bench/<name>/run: starts the whole system from the AppHost (Release, local PostgreSQL, Redis and
# RabbitMQ on free ports, data in a temp folder) and stops it on exit. After `system_start`:
#   SYSTEM_HTTP_PORT, SYSTEM_GRPC_PORT   the gateway's HTTP/1.1 and HTTP/2 ports
#   SYSTEM_DATA_DIR                      the temp folder (postgres/, redis/, rabbitmq/ below it)
#   SYSTEM_LOG                           the AppHost's log
#   BENCH_SIGNING_KEY (exported)         the key the system signs and checks tokens with
# Settings (environment, before system_start): SYSTEM_DEMO=true|false (default false), SYSTEM_EXTRA_ARGS (more
# AppHost command-line settings, e.g. "--Replicas:Indicators=2"), SYSTEM_NAME (used in messages and the kept log).

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

machine_line() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version)"
}

system_build() {
  echo "building the system (Release)..."
  dotnet build AppHost -c Release -nologo -v q -clp:ErrorsOnly
}

system_start() {
  local name=${SYSTEM_NAME:-bench}
  SYSTEM_DATA_DIR=$(mktemp -d "/tmp/assessment-$name-XXXXXX")
  chmod 755 "$SYSTEM_DATA_DIR"
  SYSTEM_LOG="$SYSTEM_DATA_DIR/apphost.log"
  SYSTEM_HTTP_PORT=$(free_port); SYSTEM_GRPC_PORT=$(free_port)
  export BENCH_SIGNING_KEY
  BENCH_SIGNING_KEY=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  echo "starting the system (data in $SYSTEM_DATA_DIR, gateway http :$SYSTEM_HTTP_PORT grpc :$SYSTEM_GRPC_PORT, log $SYSTEM_LOG)..."
  (
    # The "http" launch profile's settings, with free ports instead of its fixed ones (tests or scripts/up.sh may hold them).
    export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
    export ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true ASPNETCORE_URLS="http://localhost:$(free_port)"
    export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://localhost:$(free_port)" ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://localhost:$(free_port)"
    export Infrastructure__Mode=local Infrastructure__DataDirectory="$SYSTEM_DATA_DIR" Infrastructure__FastUnsafeStorage=false
    export Demo__Enabled="${SYSTEM_DEMO:-false}"
    export Gateway__HttpPort="$SYSTEM_HTTP_PORT" Gateway__GrpcPort="$SYSTEM_GRPC_PORT"
    # The parameter's name has a dash, which a shell variable cannot: pass it as a command-line setting.
    # shellcheck disable=SC2086
    exec dotnet run --project AppHost -c Release --no-build --no-launch-profile -- \
      --Parameters:auth-signing-key="$BENCH_SIGNING_KEY" ${SYSTEM_EXTRA_ARGS:-}
  ) >"$SYSTEM_LOG" 2>&1 &
  SYSTEM_PID=$!
  trap system_stop EXIT

  local i
  for i in $(seq 1 240); do
    if ! kill -0 "$SYSTEM_PID" 2>/dev/null; then echo "the AppHost exited; last lines of $SYSTEM_LOG:"; tail -40 "$SYSTEM_LOG"; exit 1; fi
    if [ "$(curl -s -m 2 "http://localhost:$SYSTEM_HTTP_PORT/health" || true)" = "Healthy" ]; then break; fi
    sleep 1
    if [ "$i" = 240 ]; then echo "the gateway did not become healthy in 240 s; last lines of $SYSTEM_LOG:"; tail -40 "$SYSTEM_LOG"; exit 1; fi
  done
  echo "system healthy after ${i} s"
}

system_stop() {
  if [ -n "${SYSTEM_PID:-}" ] && kill -0 "$SYSTEM_PID" 2>/dev/null; then
    echo "stopping the system..."
    kill -TERM "$SYSTEM_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SYSTEM_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$SYSTEM_PID" 2>/dev/null && kill -KILL "$SYSTEM_PID" 2>/dev/null || true
  fi
  local kept="/tmp/${SYSTEM_NAME:-bench}-apphost.log"
  cp "$SYSTEM_LOG" "$kept" 2>/dev/null && echo "AppHost log kept in $kept"
  rm -rf "$SYSTEM_DATA_DIR" 2>/dev/null || true
}
