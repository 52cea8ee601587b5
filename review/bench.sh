#!/usr/bin/env bash
# Staff export benchmark (not a test): writes ITEMS submissions as a full Export to S3 folder (8 gzip data files,
# real manifests), then runs the packaged jar on it as staff would, CSV and XLSX, RUNS times each, with a fixed
# heap. It prints the median of: wall time, CPU time (user + system), peak resident memory (GNU time) and the
# largest heap left after a garbage collection (the live data: flat if memory does not grow with the export).
#
#   review/bench.sh                                  # 100,000 items, -Xmx256m, 3 runs
#   ITEMS="10000 100000" HEAP=64m review/bench.sh    # two sizes, a smaller heap
#
# Build first, from the repository root: mvn -B -pl lambda install -DskipTests && mvn -B -pl review verify
set -euo pipefail
cd "$(dirname "$0")"

ITEMS=${ITEMS:-100000}
HEAP=${HEAP:-256m}
RUNS=${RUNS:-3}
JAR=target/review.jar
[ -f "$JAR" ] && [ -d target/test-classes ] || { echo "build first: mvn -B -pl review verify (from the root)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

mvn -B -q -o -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null 2>&1 \
  || { echo "could not resolve the test classpath: mvn -B -pl review dependency:build-classpath" >&2; exit 2; }
CLASSPATH="target/test-classes:target/classes:$(cat target/bench.classpath)"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/review-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
live_heap() { grep -o '[0-9]*M->[0-9]*M' "$1" | sed 's/.*->//; s/M//' | sort -n | tail -1; }

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
printf '%-7s %-5s %-5s %9s %9s %8s %13s %9s\n' items fmt heap "wall s" "cpu s" "RSS MB" "live heap MB" "out MB"
for items in $ITEMS; do
  java -cp "$CLASSPATH" eu.mobilisesme.review.bench.GenerateExport "$WORK/export-$items" "$items" >/dev/null
  for format in csv xlsx; do
    : > "$WORK/wall"; : > "$WORK/cpu"; : > "$WORK/rss"; : > "$WORK/live"
    for run in $(seq "$RUNS"); do
      rm -rf "$WORK/out"
      /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" \
        java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" sheets --export "$WORK/export-$items" \
        --out "$WORK/out" --format "$format" --quiet >/dev/null
      read -r wall user sys rss < "$WORK/time"
      echo "$wall" >> "$WORK/wall"
      echo "$user $sys" | awk '{ print $1 + $2 }' >> "$WORK/cpu"
      echo "$((rss / 1024))" >> "$WORK/rss"
      live=$(live_heap "$WORK/gc.log"); echo "${live:-0}" >> "$WORK/live"
    done
    printf '%-7s %-5s %-5s %9s %9s %8s %13s %9s\n' "$items" "$format" "$HEAP" "$(median < "$WORK/wall")" \
      "$(median < "$WORK/cpu")" "$(median < "$WORK/rss")" "$(median < "$WORK/live")" "$(du -sm "$WORK/out" | cut -f1)"
  done
  echo "        input: $(du -sm "$WORK/export-$items" | cut -f1) MB of gzip data files"
done
