#!/usr/bin/env bash
# Start-up time of the migov command: `migov validate` on the seed article against the JVM's own
# floor, `java -cp` of an empty main class, run in turn in the same session so that both see the
# same machine. Prints the median and mean wall time of each and their ratio, for the plain jar and
# for the cheap fixes a user can apply (C1 only; an AppCDS archive of the tool's classes).
#
#   mvn -B -q -pl cli -am package -DskipTests    # builds cli/target/migov.jar
#   benchmarks/cli-startup.sh [runs]             # default 20 runs of each
#
# The seed file is io/src/test/resources/golden/seed-article.json. Needs bash, java and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
jar=cli/target/migov.jar
seed=io/src/test/resources/golden/seed-article.json
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q -pl cli -am package -DskipTests" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/empty"
echo 'public class Empty { public static void main(String[] a) {} }' > "$tmp/empty/Empty.java"
javac -d "$tmp/empty" "$tmp/empty/Empty.java"
# in a jar, as the tool is (class data sharing archives only classes from jars)
jar --create --file "$tmp/empty.jar" -C "$tmp/empty" Empty.class

# an AppCDS archive of the classes `migov validate` loads (JDK 13 or later: -XX:ArchiveClassesAtExit)
java -XX:ArchiveClassesAtExit="$tmp/migov.jsa" -jar "$jar" validate "$seed" >/dev/null 2>&1
java -XX:ArchiveClassesAtExit="$tmp/empty.jsa" -cp "$tmp/empty.jar" Empty >/dev/null 2>&1

declare -A commands=(
  [empty]="java -cp $tmp/empty.jar Empty"
  [empty-cds]="java -XX:SharedArchiveFile=$tmp/empty.jsa -cp $tmp/empty.jar Empty"
  [migov]="java -jar $jar validate $seed"
  [migov-c1]="java -XX:TieredStopAtLevel=1 -jar $jar validate $seed"
  [migov-cds]="java -XX:SharedArchiveFile=$tmp/migov.jsa -jar $jar validate $seed"
  [migov-cds-c1]="java -XX:SharedArchiveFile=$tmp/migov.jsa -XX:TieredStopAtLevel=1 -jar $jar validate $seed"
)
order=(empty empty-cds migov migov-c1 migov-cds migov-cds-c1)

# one warm-up run of each, then the runs interleaved
for name in "${order[@]}"; do ${commands[$name]} >/dev/null; done
for ((i = 0; i < runs; i++)); do
  for name in "${order[@]}"; do
    start=$(date +%s%N)
    ${commands[$name]} >/dev/null
    end=$(date +%s%N)
    echo "$name $(( (end - start) / 1000 ))" >> "$tmp/times"
  done
done

python3 - "$tmp/times" "$runs" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    name, micros = line.split()
    times.setdefault(name, []).append(int(micros) / 1000)
floor = statistics.median(times["empty"])
print(f"{sys.argv[2]} runs each; wall time in ms; ratio = median / median of the empty JVM")
print(f"{'command':<14}{'median':>8}{'mean':>8}{'min':>8}{'ratio':>7}")
for name, ms in times.items():
    print(f"{name:<14}{statistics.median(ms):8.0f}{statistics.mean(ms):8.0f}{min(ms):8.0f}"
          f"{statistics.median(ms) / floor:7.2f}")
PY
