#!/usr/bin/env bash
# Scale benchmark: generates synthetic estates (server's test scope, io.cloudmigrate.server.scale.SyntheticEstate)
# of the given sizes and runs the real CLI on each, `import → flows → assess → generate`, every stage a
# fresh process writing its output, and prints wall time, CPU time (user + system, which a machine shared
# with other work inflates less than wall time) and peak RSS per stage (from /usr/bin/time -v). The last
# stage, "report only", is `generate --only report` into a folder of its own: the readiness report (HTML
# and PDF) alone, which the report's targets are about (15 s at 1,000 resources, 60 s at 5,000).
#
#   bash bench/scale.sh [SIZE ...]        default: 1000 5000
#   SCALE_JAVA_OPTIONS=-Xmx4g bash bench/scale.sh 1000 5000 20000 50000
#   SCALE_TIMEOUT=600 stops a stage after that many seconds (reported as "stopped"); SCALE_KEEP=1 keeps the files.
# Set MAVEN_ARGS=-o to build offline; SCALE_SKIP_BUILD=1 uses the jar and test classes already built.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000)
timeout_seconds=${SCALE_TIMEOUT:-900}

if [ -z "${SCALE_SKIP_BUILD:-}" ]; then
  ./mvnw -q -B ${MAVEN_ARGS:-} -DskipTests package
fi
[ -x /usr/bin/time ] || { echo "bench/scale.sh: needs /usr/bin/time (GNU time) for peak RSS" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cloudmigrate-scale.XXXXXX")
[ -n "${SCALE_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
if [ -n "${SCALE_JAVA_OPTIONS:-}" ]; then export JAVA_TOOL_OPTIONS="$SCALE_JAVA_OPTIONS"; fi
cli="$PWD/cloudmigrate"

# Runs one stage; prints "wall s (cpu s), peak MB" (or "failed"/"stopped") into the row.
stage() {
  local log="$1"; shift
  local status=0
  /usr/bin/time -v -o "$log.time" timeout "$timeout_seconds" "$@" >"$log" 2>&1 || status=$?
  local wall rss cpu
  cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { total += $2 } END { print total }' "$log.time")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log.time" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log.time")
  local figures
  figures=$(awk -v w="$wall" -v c="$cpu" -v r="$rss" 'BEGIN { printf "%.1f s (cpu %.1f s), %d MB", w, c, r / 1024 }')
  if [ "$status" = 124 ]; then echo "stopped after $figures"; return 1; fi
  if [ "$status" != 0 ]; then
    # The work folder is removed after each size: the failure's own words go to stderr now.
    { echo "--- last lines of $(basename "$log") (exit $status):"; tail -5 "$log"; } >&2
    echo "failed ($status) after $figures"; return 1
  fi
  echo "$figures"
}

printf '| resources | import | flows | assess | generate | report only | assessment.json |\n|---|---|---|---|---|---|---|\n'
for size in "${sizes[@]}"; do
  dir="$work/$size"
  mkdir -p "$dir"
  "$JAVA_HOME/bin/java" -cp server/target/test-classes:server/target/cloudmigrate.jar \
      io.cloudmigrate.server.scale.SyntheticEstate --resources "$size" --out "$dir/estate" >"$dir/generator.log"
  row="| $size"
  ok=1
  for step in import flows assess generate report; do
    if [ $ok = 1 ]; then
      case $step in
        import)   result=$(stage "$dir/import.log" "$cli" import --aws-cli "$dir/estate" --out "$dir/inventory.json") || ok=0 ;;
        flows)    result=$(stage "$dir/flows.log" "$cli" flows --inventory "$dir/inventory.json" --out "$dir/traffic.json" "$dir/estate/flow-logs") || ok=0 ;;
        assess)   result=$(stage "$dir/assess.log" "$cli" assess --inventory "$dir/inventory.json" --traffic "$dir/traffic.json" --out "$dir/assessment.json") || ok=0 ;;
        generate) result=$(stage "$dir/generate.log" "$cli" generate --assessment "$dir/assessment.json" --out "$dir/artifacts") || ok=0 ;;
        report)   result=$(stage "$dir/report.log" "$cli" generate --assessment "$dir/assessment.json" --out "$dir/report-only" --only report) || ok=0 ;;
      esac
    else
      result="not reached"
    fi
    row="$row | $result"
  done
  size_of_assessment=$( [ -f "$dir/assessment.json" ] && du -m "$dir/assessment.json" | cut -f1 || echo "-")
  echo "$row | ${size_of_assessment} MB |"
  [ -n "${SCALE_KEEP:-}" ] || rm -rf "$dir"
done
[ -z "${SCALE_KEEP:-}" ] || echo "files kept in $work" >&2
