#!/usr/bin/env bash
# Cold-start proxy of the form backend beside a plain SDK v2 baseline (docs/performance.md): a fresh JVM with
# Lambda's flags per run, one valid submission through handleRequest against dynalite on loopback, time from JVM
# start to the stored submission (median and p90), classes loaded by then, and jar size.
#
#   bench/cold-start.sh [--runs N] [--cpus LIST] [--wait-idle] [--no-build] [--jar PATH]
#
#   --runs N      timed runs per subject, default 15 (at least 10); one extra untimed warm-up run each
#   --cpus LIST   pin every JVM with `taskset -c LIST` (e.g. 0 for one core); default: not pinned (both cores)
#   --wait-idle   on a shared machine: before each run, wait (at most 10 min) until the CPUs are at least 75 %
#                 idle over 2 s, so other people's builds land in the figures as rarely as possible
#   --no-build    use the jars already in lambda/target and bench/target
#   --jar PATH    measure this shaded jar as ours instead of lambda/target/forms-lambda.jar: to compare two builds
#                 of the form backend, run the script once per jar (a copy of each, as a build replaces the file)
#   JAVA=...      the java binary, default `java` on the PATH
#
# Besides ours and the baseline, a third subject runs our handler with its SnapStart priming (beforeCheckpoint,
# called directly) before the request, and reports that first request alone.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=15
ours_jar=lambda/target/forms-lambda.jar
cpus=""
build=true
wait_idle=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --cpus) cpus="$2"; shift 2 ;;
    --wait-idle) wait_idle=true; shift ;;
    --no-build) build=false; shift ;;
    --jar) ours_jar="$2"; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ "$runs" -ge 10 ] || { echo "--runs must be at least 10" >&2; exit 2; }

java_bin="${JAVA:-java}"
lambda_flags=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
pin=()
[ -n "$cpus" ] && pin=(taskset -c "$cpus")

if $build; then
  echo "building: mvn -B -q -pl bench -am package -DskipTests" >&2
  mvn -B -q -pl bench -am package -DskipTests >&2
fi
[ -f node_modules/dynalite/cli.js ] || npm ci --no-audit --no-fund >&2

tests_jar=$(ls lambda/target/mobilisesme-lambda-*-tests.jar)
harness=bench/target/classes
ours_cp="$ours_jar:$harness"
baseline_cp="$(cat bench/target/baseline.classpath):$harness"
ours_class=eu.mobilisesme.http.ApplyHandler
baseline_class=eu.mobilisesme.bench.coldstart.BaselineHandler

work=$(mktemp -d)
dynalite_pid=""
cleanup() {
  [ -n "$dynalite_pid" ] && kill "$dynalite_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
node node_modules/dynalite/cli.js --host 127.0.0.1 --port "$port" --createTableMs 0 >/dev/null 2>&1 &
dynalite_pid=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.1
done

# The environment each function sees: settings as template.yaml gives them, dummy keys, nothing else of ours.
export DYNAMODB_ENDPOINT="http://127.0.0.1:$port" TABLE_NAME=bench-submissions \
  ALLOWED_ORIGINS=https://site.example RETENTION_DAYS=365 AWS_REGION=eu-west-1 \
  AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL AWS_ENDPOINT_URL_DYNAMODB JAVA_TOOL_OPTIONS

# Untimed: the table, and the body every run posts.
"$java_bin" -cp "$ours_jar:$tests_jar:$harness" eu.mobilisesme.bench.coldstart.ColdStartSetup "$work/event.json"

# run SUBJECT [extra JVM flags...]: one fresh JVM, prints the harness's output
run() {
  local subject=$1; shift
  local id; id=$(cat /proc/sys/kernel/random/uuid)
  if [ "$subject" = ours ]; then
    "${pin[@]}" "$java_bin" "${lambda_flags[@]}" "$@" -cp "$ours_cp" \
      eu.mobilisesme.bench.coldstart.ColdStart "$ours_class" "$work/event.json" "$id"
  elif [ "$subject" = primed ]; then
    "${pin[@]}" "$java_bin" "${lambda_flags[@]}" "$@" -cp "$ours_cp" \
      eu.mobilisesme.bench.coldstart.ColdStart "$ours_class" "$work/event.json" "$id" --snapstart
  else
    AWS_ENDPOINT_URL_DYNAMODB="$DYNAMODB_ENDPOINT" "${pin[@]}" "$java_bin" "${lambda_flags[@]}" "$@" \
      -cp "$baseline_cp" eu.mobilisesme.bench.coldstart.ColdStart "$baseline_class" "$work/event.json" "$id"
  fi
}

field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p"; }

# Warm-up (disk cache, dynalite's own JIT), then the subjects alternate so drift hits all alike. "primed" is our
# handler again with its SnapStart priming run before the request: the proxy for a restored snapshot.
# A failing run stops the script with the JVM's output (the SLF4J "no binder" notice on stderr is normal).
timed() {
  local out
  if ! out=$(run "$@" 2>"$work/stderr.txt"); then
    echo "$out" >&2; cat "$work/stderr.txt" >&2; exit 1
  fi
  echo "$out"
}
timed ours >/dev/null
timed baseline >/dev/null
# idle_percent SECONDS: share of CPU time nobody used over that many seconds (Linux /proc/stat)
idle_percent() {
  local u n s i w x y z t1 i1
  read -r _ u n s i w x y z _ < /proc/stat; t1=$((u + n + s + i + w + x + y + z)); i1=$((i + w))
  sleep "$1"
  read -r _ u n s i w x y z _ < /proc/stat
  echo $(( 100 * (i + w - i1) / (u + n + s + i + w + x + y + z - t1) ))
}
wait_for_idle() {
  $wait_idle || return 0
  for _ in $(seq 300); do [ "$(idle_percent 2)" -ge 75 ] && return 0; done
  echo "  (still busy after 10 min: running anyway)" >&2
}

echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for i in $(seq "$runs"); do
  for subject in ours baseline primed; do
    wait_for_idle
    line=$(timed "$subject" | grep '^result ')
    echo "$line" >> "$work/$subject.txt"
    printf '  run %2d %-8s %s\n' "$i" "$subject" "${line#result }" >&2
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Classes loaded until the answer: one more run each with class loading logged, counted up to the marker.
classes() {
  wait_for_idle
  timed "$1" -Xlog:class+load=info:stdout | awk '/^cold-start: answered$/ { done = 1 } !done && /class,load/ { n++ } END { print n }'
}
ours_classes=$(classes ours)
baseline_classes=$(classes baseline)

# summary FILE FIELD: "median p90 min max" of a field over the runs (p90 by nearest rank)
summary() {
  field "$2" < "$1" | sort -n | awk '{v[NR]=$1} END {
    m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
    p = int(0.9 * NR); if (p < 0.9 * NR) p++
    printf "%d %d %d %d", m, v[p], v[1], v[NR] }'
}
read -r o_med o_p90 o_min o_max <<< "$(summary "$work/ours.txt" first_stored_ms)"
read -r b_med b_p90 b_min b_max <<< "$(summary "$work/baseline.txt" first_stored_ms)"
o_main=$(summary "$work/ours.txt" main_ms | cut -d' ' -f1)
b_main=$(summary "$work/baseline.txt" main_ms | cut -d' ' -f1)
o_init=$(summary "$work/ours.txt" construct_ms | cut -d' ' -f1)
b_init=$(summary "$work/baseline.txt" construct_ms | cut -d' ' -f1)
o_req=$(summary "$work/ours.txt" request_ms | cut -d' ' -f1)
b_req=$(summary "$work/baseline.txt" request_ms | cut -d' ' -f1)
o_cpu=$(summary "$work/ours.txt" cpu_ms | cut -d' ' -f1)
b_cpu=$(summary "$work/baseline.txt" cpu_ms | cut -d' ' -f1)
ours_bytes=$(wc -c < "$ours_jar")
baseline_bytes=$(tr ':' '\n' < bench/target/baseline.classpath | xargs wc -c | tail -1 | awk '{print $1}')

echo
echo "cold start: fresh JVM (${lambda_flags[*]}) to first stored submission, dynalite on loopback"
echo "java: $("$java_bin" -version 2>&1 | head -1); cpus: ${cpus:-not pinned ($(nproc) cores)}; runs: $runs each;" \
  "load average after: $load_after"
printf '%-34s %7s %7s %7s %7s %9s %8s %8s %8s %8s %11s\n' subject median p90 min max "to main" init request cpu classes "jar bytes"
printf '%-34s %5dms %5dms %5dms %5dms %7dms %6dms %6dms %6dms %8d %11d\n' "ours (ApplyHandler, shaded jar)" \
  "$o_med" "$o_p90" "$o_min" "$o_max" "$o_main" "$o_init" "$o_req" "$o_cpu" "$ours_classes" "$ours_bytes"
printf '%-34s %5dms %5dms %5dms %5dms %7dms %6dms %6dms %6dms %8d %11d\n' "baseline (SDK defaults, PutItem)" \
  "$b_med" "$b_p90" "$b_min" "$b_max" "$b_main" "$b_init" "$b_req" "$b_cpu" "$baseline_classes" "$baseline_bytes"
awk -v o="$o_med" -v b="$b_med" -v oc="$ours_classes" -v bc="$baseline_classes" \
  'BEGIN { printf "ratio ours/baseline: median %.2f, classes %.2f\n", o / b, oc / bc }'
read -r p_med p_p90 p_min p_max <<< "$(summary "$work/primed.txt" request_ms)"
echo "SnapStart proxy, ours: first request after the beforeCheckpoint priming: median ${p_med} ms, p90 ${p_p90} ms" \
  "(cold: ${o_req} ms)"
echo "(medians; to main: JVM start to the harness's main; init: handler constructor; request: first handleRequest;"
echo " cpu: CPU time of the JVM by the answer; baseline jar bytes: the sum of its classpath jars)"
# Budgets (DESIGN.md): the median is for the unpinned run on the 2-core build machine.
[ "$o_med" -le 1000 ] && verdict=met || verdict=MISSED
[ -n "$cpus" ] && verdict="$verdict (informative: the budget is for the unpinned run)"
echo "budget cold-start median <= 1000 ms: $verdict"
[ "$ours_bytes" -le 10000000 ] && verdict=met || verdict=MISSED
echo "budget shaded jar <= 10 MB (10,000,000 bytes): $verdict"
