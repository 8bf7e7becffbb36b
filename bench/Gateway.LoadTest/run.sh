#!/usr/bin/env bash
# Load test of the gateway over its in-process sandbox (the default run, full-size registry), measured from outside:
# builds in Release, starts the gateway on 127.0.0.1:$PORT (Development: sandbox mounted; outbound ECLAIRE budget
# lifted so the gateway, not the 90/min budget, is measured), runs the load generator, stops the gateway.
# Extra arguments go to the generator: ./run.sh --duration 60 --concurrency 32
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${PORT:-5180}"

dotnet build -c Release src/Gateway -v quiet -nologo
dotnet build -c Release bench/Gateway.LoadTest -v quiet -nologo

(
  cd src/Gateway
  ASPNETCORE_ENVIRONMENT=Development \
  Eclaire__RateLimit__PermitsPerMinute=100000000 \
  Eclaire__RateLimit__QueueLimit=100000 \
  exec dotnet bin/Release/net10.0/Gateway.dll --urls "http://127.0.0.1:${port}" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore=Warning
) &
gateway=$!
trap 'kill "$gateway" 2>/dev/null || true; wait "$gateway" 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:${port}/healthz" >/dev/null && break
  sleep 1
done

dotnet bench/Gateway.LoadTest/bin/Release/net10.0/Gateway.LoadTest.dll --url "http://127.0.0.1:${port}" "$@"
