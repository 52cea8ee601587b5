#!/usr/bin/env bash
# Cold-start proxy of the form backend beside a plain SDK v2 baseline and a Node.js one (docs/performance.md): a
# fresh process per run, one valid submission against dynalite on loopback, time from process start to the stored
# submission (median and p90), classes loaded by then, and package size.
#
#   bench/cold-start.sh [--runs N] [--cpus LIST] [--wait-idle] [--no-build] [--jar PATH] [--jdk25]
#
#   --runs N      timed runs per subject, default 15 (figures want at least 10; 3 is enough to try the script);
#                 one extra untimed warm-up run each
#   --cpus LIST   pin every JVM with `taskset -c LIST` (e.g. 0 for one core); default: not pinned (both cores)
#   --wait-idle   on a shared machine: before each run, wait (at most 10 min) until the CPUs are at least 75 %
#                 idle over 2 s, so other people's builds land in the figures as rarely as possible
#   --no-build    use the jars already in lambda/target and bench/target
#   --jar PATH    measure this shaded jar as ours instead of lambda/target/forms-lambda.jar: to compare two builds
#                 of the form backend, run the script once per jar (a copy of each, as a build replaces the file)
#   --jdk25       also measure the provided.al2023 variant of template.yaml: the jlinked JDK 25 and AOT cache in
#                 lambda/target/function (built with -Pjdk25, which needs JDK25_HOME; see docs/performance.md)
#   JAVA=...      the java binary, default `java` on the PATH
#
# Besides ours and the two baselines, a subject runs our handler with its SnapStart priming (beforeCheckpoint,
# called directly) before the request, and reports that first request alone. The Node.js baseline is
# bench/node/put-item.cjs (SDK v3, one PutItem), pinned by bench/node/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=15
ours_jar=lambda/target/forms-lambda.jar
cpus=""
build=true
wait_idle=false
jdk25=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --cpus) cpus="$2"; shift 2 ;;
    --wait-idle) wait_idle=true; shift ;;
    --no-build) build=false; shift ;;
    --jar) ours_jar="$2"; shift 2 ;;
    --jdk25) jdk25=true; shift ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ "$runs" -ge 3 ] || { echo "--runs must be at least 3" >&2; exit 2; }
[ "$runs" -ge 10 ] || echo "(--runs $runs: fewer than 10 runs, for trying the script, not for figures)" >&2

java_bin="${JAVA:-java}"
lambda_flags=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
pin=()
[ -n "$cpus" ] && pin=(taskset -c "$cpus")

if $build; then
  profile=()
  $jdk25 && profile=(-Pjdk25)
  echo "building: mvn -B -q -pl bench -am package -DskipTests ${profile[*]}" >&2
  mvn -B -q -pl bench -am package -DskipTests "${profile[@]}" >&2
fi
[ -f node_modules/dynalite/cli.js ] || npm ci --no-audit --no-fund >&2
[ -d bench/node/node_modules/@aws-sdk/client-dynamodb ] || (cd bench/node && npm ci --no-audit --no-fund >&2)

# The provided.al2023 variant: the bootstrap's runtime, flags and class path (checked against the bootstrap),
# with the harness jar appended (an AOT cache accepts a longer class path than its training's, never another).
fn=lambda/target/function
jdk25_jars="lib/aws-lambda-java-runtime-interface-client.jar lib/aws-lambda-java-serialization.jar lib/forms-lambda.jar lib/aot-training.jar"
jdk25_flags=(-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData
  --enable-native-access=ALL-UNNAMED -XX:AOTMode=on
  "-XX:AOTCache=$PWD/$fn/forms.aot")
if $jdk25; then
  [ -x "$fn/bootstrap" ] && [ -f "$fn/forms.aot" ] || {
    echo "--jdk25: no $fn/bootstrap: build it with JDK25_HOME=<a JDK 25> mvn -B -pl lambda -am -Pjdk25 package" >&2
    exit 2; }
  grep -qF "jars=\"$jdk25_jars\"" "$fn/bootstrap" || { echo "--jdk25: $fn/bootstrap has another class path" >&2; exit 2; }
fi
# Run from the function's folder with the relative class path of the bootstrap and of training.
jdk25_cp="$(echo "$jdk25_jars" | tr ' ' ':'):$(ls "$PWD"/bench/target/mobilisesme-bench-*[0-9T].jar)"

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
  elif [ "$subject" = jdk25 ]; then
    (cd "$fn" && exec "${pin[@]}" jre/bin/java "${jdk25_flags[@]}" "$@" -cp "$jdk25_cp" \
      eu.mobilisesme.bench.coldstart.ColdStart "$ours_class" "$work/event.json" "$id")
  elif [ "$subject" = bootstrap ]; then
    run_bootstrap "$id"
  elif [ "$subject" = node ]; then
    "${pin[@]}" node bench/node/put-item.cjs "$work/event.json" "$id"
  elif [ "$subject" = primed ]; then
    "${pin[@]}" "$java_bin" "${lambda_flags[@]}" "$@" -cp "$ours_cp" \
      eu.mobilisesme.bench.coldstart.ColdStart "$ours_class" "$work/event.json" "$id" --snapstart
  else
    AWS_ENDPOINT_URL_DYNAMODB="$DYNAMODB_ENDPOINT" "${pin[@]}" "$java_bin" "${lambda_flags[@]}" "$@" \
      -cp "$baseline_cp" eu.mobilisesme.bench.coldstart.ColdStart "$baseline_class" "$work/event.json" "$id"
  fi
}

# run_bootstrap ID: the provided.al2023 function as Lambda starts it, the bootstrap and the runtime interface
# client, against a stand-in for the Runtime API (bench/node/runtime-api.cjs, started first, untimed) that hands
# out the same event; timed from the bootstrap's start to the answer the stand-in receives.
run_bootstrap() {
  local task="$PWD/$fn" api fn_pid start answered
  rm -f "$work/api.port"
  node bench/node/runtime-api.cjs "$work/api.port" "$work/event.json" "$1" "$ALLOWED_ORIGINS" >"$work/api.txt" &
  api=$!
  for _ in $(seq 200); do [ -s "$work/api.port" ] && break; sleep 0.05; done
  start=$(date +%s%3N)
  (cd /tmp && AWS_LAMBDA_RUNTIME_API="127.0.0.1:$(cat "$work/api.port")" _HANDLER="$ours_class::handleRequest" \
    LAMBDA_TASK_ROOT="$task" AWS_LAMBDA_FUNCTION_MEMORY_SIZE=1024 \
    JAVA_TOOL_OPTIONS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1" exec "${pin[@]}" "$task/bootstrap") \
    >"$work/bootstrap.log" 2>&1 &
  fn_pid=$!
  if ! wait "$api"; then kill "$fn_pid" 2>/dev/null; cat "$work/bootstrap.log" >&2; return 1; fi
  kill "$fn_pid" 2>/dev/null; wait "$fn_pid" 2>/dev/null || true
  answered=$(sed -n 's/^runtime-api: answered \([0-9]*\) .*/\1/p' "$work/api.txt")
  grep -q '"statusCode":201' "$work/api.txt" || { cat "$work/api.txt" "$work/bootstrap.log" >&2; return 1; }
  echo "result handler=bootstrap primed=false status=201 stored=true first_stored_ms=$((answered - start))" \
    "main_ms=0 construct_ms=0 request_ms=0 cpu_ms=0"
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
subjects=(ours baseline node primed)
$jdk25 && subjects=(ours jdk25 bootstrap baseline node primed)
for subject in "${subjects[@]}"; do [ "$subject" = primed ] || timed "$subject" >/dev/null; done
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
  for subject in "${subjects[@]}"; do
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
$jdk25 && jdk25_classes=$(classes jdk25)

# summary FILE FIELD: "median p90 min max" of a field over the runs (p90 by nearest rank)
summary() {
  field "$2" < "$1" | sort -n | awk '{v[NR]=$1} END {
    m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
    p = int(0.9 * NR); if (p < 0.9 * NR) p++
    printf "%d %d %d %d", m, v[p], v[1], v[NR] }'
}
median() { summary "$work/$1.txt" "$2" | cut -d' ' -f1; }
ours_bytes=$(wc -c < "$ours_jar")
baseline_bytes=$(tr ':' '\n' < bench/target/baseline.classpath | xargs wc -c | tail -1 | awk '{print $1}')
node_bytes=$(du -sb bench/node/node_modules | cut -f1)
$jdk25 && jdk25_bytes=$(du -sb "$fn" | cut -f1)

# row LABEL SUBJECT CLASSES BYTES
row() {
  local med p90 min max
  read -r med p90 min max <<< "$(summary "$work/$2.txt" first_stored_ms)"
  printf '%-38s %5dms %5dms %5dms %5dms %7dms %6dms %6dms %6dms %8s %11s\n' "$1" "$med" "$p90" "$min" "$max" \
    "$(median "$2" main_ms)" "$(median "$2" construct_ms)" "$(median "$2" request_ms)" "$(median "$2" cpu_ms)" "$3" "$4"
}
o_med=$(median ours first_stored_ms)
b_med=$(median baseline first_stored_ms)
n_med=$(median node first_stored_ms)
$jdk25 && j_med=$(median jdk25 first_stored_ms)

echo
echo "cold start: fresh process to first stored submission, dynalite on loopback; JVMs with ${lambda_flags[*]}"
echo "java: $("$java_bin" -version 2>&1 | head -1); node: $(node --version); cpus: ${cpus:-not pinned ($(nproc) cores)};" \
  "runs: $runs each; load average after: $load_after"
printf '%-38s %7s %7s %7s %7s %9s %8s %8s %8s %8s %11s\n' subject median p90 min max "to main" init request cpu classes bytes
row "ours (ApplyHandler, shaded jar)" ours "$ours_classes" "$ours_bytes"
if $jdk25; then
  row "ours, JDK 25 jlinked + AOT cache" jdk25 "$jdk25_classes" "$jdk25_bytes"
  read -r r_med r_p90 r_min r_max <<< "$(summary "$work/bootstrap.txt" first_stored_ms)"
  printf '%-38s %5dms %5dms %5dms %5dms %9s %8s %8s %8s %8s %11s\n' "  the same through bootstrap + RIC" \
    "$r_med" "$r_p90" "$r_min" "$r_max" - - - - - "$jdk25_bytes"
fi
row "baseline (SDK v2 defaults, PutItem)" baseline "$baseline_classes" "$baseline_bytes"
row "Node.js $(node --version) (SDK v3, PutItem)" node "-" "$node_bytes"
awk -v o="$o_med" -v b="$b_med" -v oc="$ours_classes" -v bc="$baseline_classes" \
  'BEGIN { printf "ratio ours/baseline: median %.2f, classes %.2f\n", o / b, oc / bc }'
awk -v o="$o_med" -v b="$b_med" -v n="$n_med" -v j="${j_med:-}" -v r="${r_med:-0}" 'BEGIN {
  printf "ratio to Node.js (median): ours %.2f, baseline %.2f", o / n, b / n
  if (j != "") printf ", ours on JDK 25 + AOT cache %.2f (to the baseline %.2f), through its bootstrap %.2f", j / n, j / b, r / n
  printf "\n" }'
# pair_ratio SUBJECT: the median over the runs of SUBJECT's time over the Node.js run right after it, so that
# both sides of each ratio met the same load (a shared machine drifts within a batch).
pair_ratio() {
  paste -d' ' <(field first_stored_ms < "$work/$1.txt") <(field first_stored_ms < "$work/node.txt") |
    awk '{ print $1 / $2 }' | sort -g | awk '{ v[NR] = $1 } END {
      printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo "ratio to Node.js, median of the per-run ratios (each run over the Node.js run of the same round): ours" \
  "$(pair_ratio ours), baseline $(pair_ratio baseline)${j_med:+, JDK 25 + AOT cache $(pair_ratio jdk25), through its bootstrap $(pair_ratio bootstrap)}"
read -r p_med p_p90 p_min p_max <<< "$(summary "$work/primed.txt" request_ms)"
echo "SnapStart proxy, ours: first request after the beforeCheckpoint priming: median ${p_med} ms, p90 ${p_p90} ms" \
  "(cold: $(median ours request_ms) ms)"
echo "(medians; to main: process start to the harness's main; init: handler constructor (Node.js: require and"
echo " client); request: first handleRequest (Node.js: the PutItem); cpu: CPU time of the process by the answer;"
echo " bytes: shaded jar; the baseline's classpath jars; node_modules; the whole JDK 25 function package unzipped;"
echo " through bootstrap + RIC: from the bootstrap's start to the answer at a local stand-in for the Runtime API)"
# Budgets (DESIGN.md, issue 17): the medians are for the unpinned run on the 2-core build machine.
informative=""
[ -n "$cpus" ] && informative=" (informative: the budget is for the unpinned run)"
[ "$o_med" -le 1000 ] && verdict=met || verdict=MISSED
echo "budget cold-start median <= 1000 ms: $verdict$informative"
two_x() { [ "$1" -le $((2 * n_med)) ] && echo met || echo MISSED; }
echo "budget cold-start median <= 2x Node.js ($((2 * n_med)) ms): shaded jar on $("$java_bin" -version 2>&1 | head -1 | cut -d'"' -f2)" \
  "$(two_x "$o_med")${j_med:+; JDK 25 + AOT cache $(two_x "$j_med")}$informative"
[ "$ours_bytes" -le 10000000 ] && verdict=met || verdict=MISSED
echo "budget shaded jar <= 10 MB (10,000,000 bytes): $verdict"
if $jdk25; then
  [ "$jdk25_bytes" -le 262144000 ] && verdict=met || verdict=MISSED
  echo "budget JDK 25 function package unzipped <= 250 MB (262,144,000 bytes): $verdict"
fi
