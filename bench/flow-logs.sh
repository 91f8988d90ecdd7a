#!/usr/bin/env bash
# `cloudmigrate flows` against DuckDB, end to end: packages the CLI (the jar the ./cloudmigrate launcher runs)
# and graph's test classes, then runs FlowLogBenchmark, which times `./cloudmigrate flows --out traffic.json FILE`
# and DuckDB doing the same aggregation, each a fresh process with -Xmx512m, on two generated 5-million-record
# version 2 files. Extra arguments go to the benchmark (--records N, --runs R, --directory DIR). Set
# MAVEN_ARGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# One invocation: the reactor's snapshots are never installed, so only the same build can resolve them. The
# package phase builds the jar; each module leaves its test class path in its own target (the path is relative
# to the module), graph's holding DuckDB's driver and Jackson.
./mvnw -q -B ${MAVEN_ARGS:-} -pl server -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.excludeGroupIds=io.cloudmigrate -Dmdep.outputFile=target/benchmark.classpath >/dev/null
classpath="graph/target/test-classes:graph/target/classes:discovery/target/classes:$(cat graph/target/benchmark.classpath)"

exec "$JAVA_HOME/bin/java" -cp "$classpath" io.cloudmigrate.graph.benchmark.FlowLogBenchmark --launcher ./cloudmigrate \
    --directory graph/target/flow-log-benchmark "$@"
