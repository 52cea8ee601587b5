#!/usr/bin/env bash
# The jdk25 profile's packaging (lambda/pom.xml, `mvn -B -pl lambda -am -Pjdk25 package`): turns the shaded jar
# into the provided.al2023 function of template.yaml's FunctionRuntime=jdk25-aot, in target/function:
#
#   bootstrap     runs jre/bin/java with the runtime interface client and the AOT cache (./bootstrap here)
#   jre/          jlinked JDK 25: the modules the jars need (jdeps), no debug data, headers or man pages
#   lib/          runtime interface client, its serializer, forms-lambda.jar, aot-training.jar (Training.java)
#   forms.aot     AOT cache (JEP 483/514) trained by that runtime on the priming path, which writes nothing
#
#   package.sh TARGET_DIR RIC_LIB_DIR       JDK: $JDK25_HOME, else $JAVA_HOME, else the java on the PATH
set -euo pipefail
target=$(cd "$1" && pwd)
ric_lib=$(cd "$2" && pwd)
src=$(cd "$(dirname "$0")" && pwd)

# The JDK: 25 or later, with jlink. Say what is needed rather than fail later.
jdk="${JDK25_HOME:-${JAVA_HOME:-}}"
[ -n "$jdk" ] || jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' || true)
if [ ! -x "$jdk/bin/jlink" ] || [ "${version:-0}" -lt 25 ] 2>/dev/null || [ -z "$version" ]; then
  cat >&2 <<MESSAGE
The jdk25 profile needs a JDK 25 or later (jlink and the AOT cache of JEP 483/514); found '${jdk}' (Java ${version:-none}).
Set JDK25_HOME to a JDK 25 folder, e.g.
  JDK25_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -pl lambda -am -Pjdk25 package
The default build (without -Pjdk25) needs only JDK 17.
MESSAGE
  exit 1
fi
echo "jdk25: packaging with $jdk (Java $version)"

fn="$target/function"
work="$target/jdk25"
rm -rf "$fn" "$work/classes" && mkdir -p "$fn/lib" "$work/classes"
cp "$ric_lib/aws-lambda-java-runtime-interface-client.jar" "$ric_lib/aws-lambda-java-serialization.jar" \
  "$target/forms-lambda.jar" "$fn/lib/"

# The training entry point, compiled against the shipped jars for release 17 like the rest.
"$jdk/bin/javac" --release 17 -nowarn -d "$work/classes" \
  -cp "$fn/lib/forms-lambda.jar:$fn/lib/aws-lambda-java-serialization.jar" "$src/java/eu/mobilisesme/aot/Training.java"
"$jdk/bin/jar" --create --file "$fn/lib/aot-training.jar" -C "$work/classes" .

# The runtime: what jdeps finds, plus the locale data of the five languages (dates and country names in the
# forms' messages are formatted per language; java.base has English only).
modules=$("$jdk/bin/jdeps" -q --ignore-missing-deps --multi-release "$version" --print-module-deps "$fn"/lib/*.jar)
"$jdk/bin/jlink" --add-modules "$modules,jdk.localedata" --include-locales=en,es,fr,nl,de \
  --strip-debug --no-header-files --no-man-pages --output "$fn/jre"
# The legal notices are symbolic links; a deployment package holds plain files.
find "$fn/jre" -type l | while read -r link; do cp --remove-destination "$(readlink -f "$link")" "$link"; done

# The cache records each jar's size and modification time; a fixed time lets the bootstrap check it on Lambda.
trained=1577836800 # 2020-01-01T00:00:00Z, an even second as zip timestamps have
touch -d "@$trained" "$fn"/lib/*.jar
sed "s/@TRAINED_MTIME@/$trained/" "$src/bootstrap" > "$fn/bootstrap"
chmod 755 "$fn/bootstrap"
classpath=$(sed -n 's/^jars="\(.*\)"$/\1/p' "$fn/bootstrap" | tr ' ' ':')

# Training: the runtime and class path of the bootstrap, the flags of a function (C1, serial collector), dummy
# settings and keys. The priming path refuses every request and stops its SDK put before sending.
(cd "$fn" && env -i PATH="$PATH" TABLE_NAME=training ALLOWED_ORIGINS=https://training.invalid RETENTION_DAYS=365 \
  AWS_REGION=eu-west-1 AWS_ACCESS_KEY_ID=training AWS_SECRET_ACCESS_KEY=training \
  jre/bin/java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
  --enable-native-access=ALL-UNNAMED \
  -XX:AOTCacheOutput=forms.aot -cp "$classpath" eu.mobilisesme.aot.Training \
  >"$work/training.log" 2>&1) || { cat "$work/training.log" >&2; echo "jdk25: AOT training failed" >&2; exit 1; }
grep -q '^aot training: done$' "$work/training.log" || { cat "$work/training.log" >&2; exit 1; }

# The cache must load: a run that requires it (AOTMode=on fails otherwise) on the same path.
(cd "$fn" && env -i PATH="$PATH" TABLE_NAME=training ALLOWED_ORIGINS=https://training.invalid RETENTION_DAYS=365 \
  AWS_REGION=eu-west-1 AWS_ACCESS_KEY_ID=training AWS_SECRET_ACCESS_KEY=training \
  jre/bin/java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
  --enable-native-access=ALL-UNNAMED \
  -XX:AOTMode=on -XX:AOTCache=forms.aot -cp "$classpath" eu.mobilisesme.aot.Training >"$work/check.log" 2>&1) \
  || { cat "$work/check.log" >&2; echo "jdk25: the AOT cache does not load" >&2; exit 1; }

unzipped=$(du -sb "$fn" | cut -f1)
echo "jdk25: $fn: $(du -sb "$fn/jre" | cut -f1) bytes runtime ($modules,jdk.localedata)," \
  "$(du -cb "$fn"/lib/*.jar | tail -1 | cut -f1) bytes jars, $(stat -c %s "$fn/forms.aot") bytes AOT cache;" \
  "$unzipped bytes unzipped (Lambda's limit: 262,144,000)"
[ "$unzipped" -le 262144000 ] || { echo "jdk25: over Lambda's 250 MB unzipped limit" >&2; exit 1; }
