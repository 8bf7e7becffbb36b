#!/usr/bin/env bash
# Load test of the gateway over its in-process sandbox (the default run, full-size registry), measured from outside:
# builds in Release, starts the gateway on 127.0.0.1:$PORT (Development: sandbox mounted; outbound ECLAIRE budget
# lifted so the gateway, not the 90/min budget, is measured), runs the load generator, stops the gateway.
# Extra arguments go to the generator: ./run.sh --duration 60 --concurrency 32
# CACHE=memory (default: response and upstream caches in memory), CACHE=redis (the same in a redis-server started on a
# free port for the run), CACHE=off (no response cache, no upstream cache: every query executes and calls ECLAIRE).
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${PORT:-5180}"
cache="${CACHE:-memory}"
cache_env=()
redis=""
case "$cache" in
  memory) ;;
  off) cache_env=(GraphQL__ResponseCache__Enabled=false Caching__Upstream__Enabled=false) ;;
  redis)
    redis_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    redis_dir=$(mktemp -d)
    redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$redis_dir" --loglevel warning &
    redis=$!
    cache_env=(Redis__Configuration="127.0.0.1:${redis_port},abortConnect=false")
    ;;
  *) echo "CACHE must be memory, redis or off (it is '$cache')" >&2; exit 2 ;;
esac

dotnet build -c Release src/Gateway -v quiet -nologo
dotnet build -c Release bench/Gateway.LoadTest -v quiet -nologo

(
  cd src/Gateway
  exec env ASPNETCORE_ENVIRONMENT=Development \
  Eclaire__RateLimit__PermitsPerMinute=100000000 \
  Eclaire__RateLimit__QueueLimit=100000 \
  ${cache_env[@]+"${cache_env[@]}"} \
  dotnet bin/Release/net10.0/Gateway.dll --urls "http://127.0.0.1:${port}" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore=Warning
) &
gateway=$!
trap 'kill "$gateway" 2>/dev/null || true; wait "$gateway" 2>/dev/null || true; if [ -n "$redis" ]; then kill "$redis" 2>/dev/null || true; fi' EXIT

for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:${port}/healthz" >/dev/null && break
  sleep 1
done

echo "Cache: $cache"
dotnet bench/Gateway.LoadTest/bin/Release/net10.0/Gateway.LoadTest.dll --url "http://127.0.0.1:${port}" "$@"
