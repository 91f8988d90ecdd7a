#!/usr/bin/env bash
# Server benchmark: starts `cloudmigrate serve` as users do (the packaged launcher, its own process,
# embedded PostgreSQL under a fresh data directory), loads the bundled sample and a synthetic estate
# (io.cloudmigrate.server.scale.SyntheticEstate, as bench/scale.sh makes it) through the API, assesses
# both, then runs wrk on loopback against page reads of the large assessment: its summary, a page of
# recommendations and pages of the graph. Prints requests/s and p99 latency per page. Then stores
# assessments of the large estate until there are BENCH_ASSESSMENTS of them and prints the server's heap
# after a full GC (jcmd GC.heap_info), which is what stays in memory: documents live in PostgreSQL.
#
#   bash bench/server.sh
#   BENCH_RESOURCES=5000 BENCH_CONNECTIONS=64 BENCH_DURATION=20s BENCH_ASSESSMENTS=10 bash bench/server.sh
# Set MAVEN_ARGS=-o to build offline; BENCH_SKIP_BUILD=1 uses the jar and test classes already built;
# BENCH_SKIP_PAGES=1 leaves out the page reads, BENCH_PAGES=REGEX measures only the pages whose name matches it
# (grep -E, e.g. BENCH_PAGES=recommendations), BENCH_SERVE_ARGS adds options to `serve` (e.g. "--page-cache-megabytes 0"
# to measure without the page cache), BENCH_WALK_PAGES=1 reads every recommendations page of every stored assessment
# (both views) before the heap is measured, so that the page cache is as full as those reads make it; BENCH_SKIP_OVERRIDES=1 the override PUTs and the two
# assessments after them (the first trains a model from the overrides, the second reads it back).
# The script adds an operator to the fresh database (cloudmigrate user add) and signs in as it: every
# request, wrk's included, carries its bearer token, as a client's would.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
resources=${BENCH_RESOURCES:-5000}
connections=${BENCH_CONNECTIONS:-64}
duration=${BENCH_DURATION:-20s}
assessments=${BENCH_ASSESSMENTS:-10}

need() {
  command -v "$1" >/dev/null && return
  echo "bench/server.sh: installing $2 (Debian package)" >&2
  apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null; }
}
need wrk wrk
need jq jq
need curl curl

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  ./mvnw -q -B ${MAVEN_ARGS:-} -DskipTests package
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/cloudmigrate-server-bench.XXXXXX")
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- the server, as a user starts it -----------------------------------------------------------------
password="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$password" >"$work/password"
./cloudmigrate user add bench --role operator --password-file "$work/password" --data-dir "$work/data" >/dev/null
# Tokens that outlive the run (it takes longer than the default 15 minutes on a busy machine), and a rate
# limit wrk does not reach: this measures serving pages, and the default 3000/1m would answer 429 at once.
# shellcheck disable=SC2086
./cloudmigrate serve --port 0 --data-dir "$work/data" --access-token-minutes 120 --rate-limit 999999999/1s ${BENCH_SERVE_ARGS:-} \
    >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
base=""
for _ in $(seq 1 240); do
  base=$(sed -n 's|.*serving \(http://[^ ]*\)/api/v1 .*|\1|p' "$work/serve.err" | head -1)
  [ -n "$base" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "serve exited:" >&2; cat "$work/serve.err" >&2; exit 1; }
  sleep 0.5
done
[ -n "$base" ] || { echo "serve did not print its URL within 120 s" >&2; cat "$work/serve.err" >&2; exit 1; }

token=$(curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' \
  -d "{\"grant_type\": \"password\", \"username\": \"bench\", \"password\": \"$password\"}" "$base/api/v1/auth/token" | jq -r .access_token)
auth=(-H "Authorization: Bearer $token")
api() { curl -sS --fail-with-body "${auth[@]}" "$@"; }
workspace=$(api "$base/api/v1/workspaces" | jq -r '.items[0].id')

# Posts a job request, waits for the job to end, prints what it made.
job() {
  local path="$1" body="$2" location state
  location=$(api -X POST -H 'Content-Type: application/json' -d "$body" -D - -o /dev/null "$base$path" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  while :; do
    state=$(api "$base$location")
    case $(jq -r .state <<<"$state") in
      SUCCEEDED) jq -r .result <<<"$state"; return ;;
      FAILED|CANCELLED) echo "job $location ended: $state" >&2; exit 1 ;;
    esac
    sleep 0.5
  done
}

# --- the estates ----------------------------------------------------------------------------------------
"$JAVA_HOME/bin/java" -cp server/target/test-classes:server/target/cloudmigrate.jar \
    io.cloudmigrate.server.scale.SyntheticEstate --resources "$resources" --out "$work/estate" >"$work/generator.log"
tar czf "$work/estate.tar.gz" -C "$work" estate
sample=$(job /api/v1/estates "{\"workspaceId\": \"$workspace\", \"source\": \"SAMPLE\"}")
sample_assessment=$(job "$sample/assessments" '{}')
upload=$(api -X POST -H 'Content-Type: application/gzip' --data-binary "@$work/estate.tar.gz" "$base/api/v1/uploads" | jq -r .id)
seconds() { date +%s.%N; }
started=$(seconds)
large=$(job /api/v1/estates "{\"workspaceId\": \"$workspace\", \"source\": \"ARCHIVE\", \"uploadId\": \"$upload\"}")
imported=$(seconds)
large_assessment=$(job "$large/assessments" '{}')
assessed=$(seconds)
echo "estate of $resources resources: import $(awk -v a="$started" -v b="$imported" 'BEGIN { printf "%.1f", b - a }') s," \
  "assess and store $(awk -v a="$imported" -v b="$assessed" 'BEGIN { printf "%.1f", b - a }') s" \
  "($(api "$base$large_assessment" | jq -r '.recommendationCount') recommendations, $(api "$base$large_assessment" | jq -r '.edgeCount') observed and configured edges)"

# --- page reads under load --------------------------------------------------------------------------------
if [ -z "${BENCH_SKIP_PAGES:-}" ]; then
wrk_args=(-t2 -c"$connections" --latency -H "Authorization: Bearer $token")
printf '\n| page (%s connections, %s) | requests/s | p50 | p99 |\n|---|---|---|---|\n' "$connections" "$duration"
measure() {
  local name="$1" path="$2" out
  if [ -n "${BENCH_PAGES:-}" ] && ! grep -Eq -- "$BENCH_PAGES" <<<"$name"; then return; fi
  api -o /dev/null "$base$path"
  wrk "${wrk_args[@]}" -d5s "$base$path" >/dev/null
  out=$(wrk "${wrk_args[@]}" -d"$duration" "$base$path")
  if grep -q 'Non-2xx' <<<"$out"; then echo "$name answered errors: $out" >&2; exit 1; fi
  printf '| %s | %s | %s | %s |\n' "$name" "$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$out")" "$(awk '$1 == "99%" { print $2 }' <<<"$out")"
}
measure "sample: assessment summary" "$sample_assessment"
measure "$resources: assessment summary" "$large_assessment"
measure "$resources: recommendations, 50" "$large_assessment/recommendations?limit=50"
strategy=$(api "$base$large_assessment" | jq -r '.strategies | to_entries | max_by(.value) | .key')
measure "$resources: recommendations, $strategy, 50" "$large_assessment/recommendations?limit=50&strategy=$strategy"
# The summary view a table in a browser reads (servers before it answer the full view: then it is left out).
if api "$base$large_assessment/recommendations?limit=1&view=summary" | jq -e '.items[0] | has("priceStatus")' >/dev/null; then
  measure "$resources: recommendations, summary, 50" "$large_assessment/recommendations?limit=50&view=summary"
  measure "$resources: recommendations, summary, $strategy, 50" "$large_assessment/recommendations?limit=50&view=summary&strategy=$strategy"
fi
measure "$resources: graph nodes, 50" "$large_assessment/graph/nodes?limit=50"
measure "$resources: graph edges, 50" "$large_assessment/graph/edges?limit=50"
cursor=$(api "$base$large_assessment/graph/edges?limit=500&kind=ALLOWED" | jq -r .nextCursor)
measure "$resources: graph edges, ALLOWED, 50 after 500" "$large_assessment/graph/edges?limit=50&kind=ALLOWED&cursor=$cursor"
# Deeper: the page after 5,000 allowed edges (ten pages of 500 on), which should cost what the page after 500 does.
for _ in $(seq 2 10); do
  [ "$cursor" = null ] || cursor=$(api "$base$large_assessment/graph/edges?limit=500&kind=ALLOWED&cursor=$cursor" | jq -r .nextCursor)
done
[ "$cursor" = null ] || measure "$resources: graph edges, ALLOWED, 50 after 5000" "$large_assessment/graph/edges?limit=50&kind=ALLOWED&cursor=$cursor"
# The strategy least common among the recommendations: its allowed edges are the sparsest, the page reads furthest.
rare=$(api "$base$large_assessment" | jq -r '.strategies | to_entries | map(select(.value > 0)) | min_by(.value) | .key')
measure "$resources: graph edges, ALLOWED, $rare, 50" "$large_assessment/graph/edges?limit=50&kind=ALLOWED&strategy=$rare"
# The VPC of the first node that has one (nodes are in id order; buckets and functions outside VPCs come first).
vpc=""
page="$large_assessment/graph/nodes?limit=500"
while [ -z "$vpc" ] && [ -n "$page" ]; do
  nodes=$(api "$base$page")
  vpc=$(jq -r '[.items[] | select(.vpcId != null)][0].vpcId // empty' <<<"$nodes")
  next=$(jq -r '.nextCursor // empty' <<<"$nodes")
  page=$([ -n "$next" ] && echo "$large_assessment/graph/nodes?limit=500&cursor=$next" || true)
done
[ -z "$vpc" ] || measure "$resources: graph edges of $vpc, 50" "$large_assessment/graph/edges?limit=50&vpc=$vpc"
[ -z "$vpc" ] || measure "$resources: graph edges of $vpc, ALLOWED, 50" "$large_assessment/graph/edges?limit=50&vpc=$vpc&kind=ALLOWED"
# The synthetic estate's resources name their subnets but no VPC: then a subnet stands in for the filtered page.
[ -n "$vpc" ] || { subnet=$(api "$base$large_assessment/graph/nodes?limit=1" | jq -r '.items[0].subnetIds[0] // empty');
  [ -z "$subnet" ] || measure "$resources: graph edges of $subnet, ALLOWED, 50" "$large_assessment/graph/edges?limit=50&subnet=$subnet&kind=ALLOWED"; }
measure "$resources: Cytoscape, wave 1, OBSERVED" "$large_assessment/graph?format=cytoscape&wave=1&kind=OBSERVED"
# The whole estate as a view a browser can draw: a box per VPC and per type of what lies in no VPC, with its count. The first
# request draws the view from the stored document (timed here, alone); later ones answer the kept view with the strategies read afresh.
cold=()
for edges in "" "&edges=OBSERVED,CONFIGURED"; do
  path="$large_assessment/graph?format=cytoscape&collapse=VPC_OR_TYPE$edges"
  if [ -z "${BENCH_PAGES:-}" ] || grep -Eq -- "$BENCH_PAGES" <<<"Cytoscape, collapsed"; then
    cold+=("collapsed${edges:+ $edges}: $(curl -sS --fail-with-body "${auth[@]}" -o /dev/null -w '%{time_total}' "$base$path") s")
  fi
  measure "$resources: Cytoscape, collapsed VPC_OR_TYPE${edges:+, ${edges#&edges=}}" "$path"
done
[ ${#cold[@]} -eq 0 ] || printf '\nfirst request of a view (drawn from the stored document): %s\n' "$(IFS=';'; echo "${cold[*]}")"
fi

# --- overrides: a PUT, and re-assessing with the same decisions (the model they train is kept) ----------------
if [ -z "${BENCH_SKIP_OVERRIDES:-}" ]; then
  overridden=$(api "$base$large_assessment/recommendations?limit=20&strategy=REHOST" | jq -r '.items[].resourceId')
  put_times=()
  for resource in $overridden; do
    put_times+=("$(curl -sS --fail-with-body "${auth[@]}" -o /dev/null -w '%{time_total}' -X PUT -H 'Content-Type: application/json' \
      -d '{"strategy": "REPLATFORM", "justification": "Benchmark: managed runtime agreed."}' \
      "$base$large_assessment/recommendations/$(jq -rn --arg id "$resource" '$id | @uri')/override")")
  done
  echo
  echo "override PUT on the $resources-resource assessment, ${#put_times[@]} resources one after another (s):" \
    "$(printf '%s\n' "${put_times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median %.3f, max %.3f", a[int((NR + 1) / 2)], a[NR] }')"
  for round in first second; do
    started=$(seconds)
    job "$large/assessments" '{}' >/dev/null
    echo "assess and store with ${#put_times[@]} overrides, $round time: $(awk -v a="$started" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }') s"
  done
fi

# --- the heap with many assessments stored ------------------------------------------------------------------
for _ in $(seq 2 "$assessments"); do
  job "$large/assessments" '{}' >/dev/null
done
stored=$(api "$base$large/assessments?limit=500" | jq '.items | length')
if [ -n "${BENCH_WALK_PAGES:-}" ]; then
  walked=0
  for assessment in $(api "$base$large/assessments?limit=500" | jq -r '.items[].id'); do
    for view in full summary; do
      cursor=""
      while :; do
        page=$(api "$base/api/v1/assessments/$assessment/recommendations?limit=50&view=$view${cursor:+&cursor=$cursor}")
        walked=$((walked + 1))
        cursor=$(jq -r '.nextCursor // empty' <<<"$page")
        [ -n "$cursor" ] || break
      done
    done
  done
  echo
  echo "read $walked recommendations pages (every page of every stored assessment, both views) before measuring the heap"
fi
jcmd "$pid" GC.run >/dev/null
heap=$(jcmd "$pid" GC.heap_info)
used=$(sed -n 's/.*, used \([0-9]*\)K.*/\1/p' <<<"$heap" | head -1)
max=$(jcmd "$pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p')
echo
echo "heap after a full GC with $stored assessments of $resources resources stored (and the sample's):" \
  "$( [ -n "$used" ] && awk -v k="$used" 'BEGIN { printf "%.0f MB", k / 1024 }' || echo unknown) used" \
  "of $( [ -n "$max" ] && awk -v b="$max" 'BEGIN { printf "%.0f MB", b / 1048576 }' || echo unknown) maximum"
echo "$heap" | sed 's/^/  /'
echo "load average during the run (2 cores shared with other work inflate p99): $(cut -d' ' -f1-3 /proc/loadavg)"
