#!/usr/bin/env bash
# Runs the Jazzer fuzz tests in fuzzing mode, one target after another (one fuzzing JVM at a
# time), each for the given duration (default 5m; Jazzer's syntax: 30s, 5m, 1h).
#
#   scripts/fuzz.sh            # every target, 5 minutes each
#   scripts/fuzz.sh 30s        # every target, 30 seconds each
#   scripts/fuzz.sh 10m FuzzMigovJsonTest#readDataset   # one target
#
# Without JAZZER_FUZZ (plain `mvn verify`, CI) the same tests replay their regression inputs from
# src/test/resources/**/Fuzz*TestInputs/<method>/. A finding stops its target and is written there
# as crash-*: fix it, keep the file as a regression input, commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-5m}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    FuzzParseTest#periodParse FuzzParseTest#partialDateParse FuzzParseTest#frequencyParse
    FuzzParseTest#countryCodeOf FuzzParseTest#idOf
    FuzzMigovJsonTest#readAnyType FuzzMigovJsonTest#readDataset
    FuzzMigovJsonTest#readRemittanceSeries FuzzMigovJsonTest#readMeeting
    FuzzMigovJsonTest#readLines
  )
fi
status=0
for target in "${targets[@]}"; do
  echo "=== fuzzing $target for $duration"
  if ! JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" mvn -B -q -pl io -am test \
      -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "=== $target: FINDING (see the crash-* file in its inputs directory)"
    status=1
  fi
done
exit $status
