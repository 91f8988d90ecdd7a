#!/usr/bin/env bash
# Builds the graph module and runs the flow-log benchmark: CloudMigrate against DuckDB on a generated
# 5-million-record version 2 file, each side a fresh JVM with -Xmx512m. Extra arguments go to the
# benchmark (--records N, --runs R, --directory DIR). Set MAVEN_ARGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

dependencies="$(mktemp)"
trap 'rm -f "$dependencies"' EXIT
# The reactor's own modules come from their target/classes, everything else from the local repository. One
# invocation with -am: the reactor's snapshots are never installed, so only the same build can resolve them;
# graph comes last and leaves its class path in the file.
./mvnw -q -B ${MAVEN_ARGS:-} -pl graph -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.excludeGroupIds=io.cloudmigrate -Dmdep.outputFile="$dependencies" >/dev/null
classpath="graph/target/test-classes:graph/target/classes:discovery/target/classes:$(cat "$dependencies")"

exec "$JAVA_HOME/bin/java" -cp "$classpath" io.cloudmigrate.graph.benchmark.FlowLogBenchmark --directory graph/target/flow-log-benchmark "$@"
