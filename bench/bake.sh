#!/usr/bin/env bash
# Bake benchmark: the real site in a fresh JVM, then copies with more news posts in every language, several bakes
# each, reporting medians and the time per page (the DESIGN.md budget: linear in pages, the real site in seconds).
# Environment: RUNS (bakes per size, default 5), EXTRA_POSTS (posts added per language, default 0,100,200,400).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install
mvn -B -q -pl site dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/site-classpath.txt
java -Druns="${RUNS:-5}" -DextraPosts="${EXTRA_POSTS:-0,100,200,400}" \
  -cp "site/target/test-classes:site/target/classes:$(cat site/target/site-classpath.txt)" \
  eu.mobilisesme.site.BakeScaling "$PWD" 2>&1 | grep -v '^SLF4J'
