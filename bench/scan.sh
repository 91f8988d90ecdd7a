#!/usr/bin/env bash
# Scan benchmark: seeds moto with 2,000+ resources in two regions, scans them at the default
# concurrency and at concurrency 1, and prints wall time, API calls, calls per resource and peak heap.
# Starts its own moto_server (pinned like .ci/run) unless CLOUDMIGRATE_MOTO_ENDPOINT names one.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-* 2>/dev/null | sort -rV | head -1)
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL

if [ -z "${CLOUDMIGRATE_MOTO_ENDPOINT:-}" ]; then
  command -v moto_server >/dev/null || python3 -m pip install --quiet --disable-pip-version-check "moto[server]==5.2.1"
  port=${BENCH_MOTO_PORT:-5055}
  moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
  moto_pid=$!
  trap 'kill "$moto_pid" 2>/dev/null || true; wait "$moto_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/moto-api/" && break; sleep 0.5; done
  export CLOUDMIGRATE_MOTO_ENDPOINT="http://127.0.0.1:$port"
fi

./mvnw -q -B -pl discovery test-compile
classpath_file=$(mktemp)
./mvnw -q -B -pl discovery dependency:build-classpath -Dmdep.outputFile="$classpath_file" >/dev/null
java -Xmx1g -cp "discovery/target/classes:discovery/target/test-classes:$(cat "$classpath_file")" io.cloudmigrate.discovery.aws.ScanBenchmark
rm -f "$classpath_file"
