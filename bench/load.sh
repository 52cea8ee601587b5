#!/usr/bin/env bash
# Load and fault benchmark against the local preview server (its own dynalite, loopback only).
#   bench/load.sh            10,000 submissions at concurrency 32, 5% deliberate retries
#   bench/load.sh --outage   the same, with dynalite stopped for 3 s a third of the way in
# Environment: SUBMISSIONS, CONCURRENCY to change the counts.
set -euo pipefail
cd "$(dirname "$0")/.."
outage=false
[ "${1:-}" = "--outage" ] && outage=true
mvn -B -q -DskipTests install
mvn -B -q -pl e2e dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/e2e-classpath.txt
java -Dsubmissions="${SUBMISSIONS:-10000}" -Dconcurrency="${CONCURRENCY:-32}" -Doutage="$outage" \
  -cp "e2e/target/test-classes:$(cat e2e/target/e2e-classpath.txt)" eu.mobilisesme.e2e.load.LoadMain "$PWD" \
  | grep -v '^{"'
