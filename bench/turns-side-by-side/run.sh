#!/bin/sh
# Compares builds on a busy machine: starts COPIES copies of the in-process turn benchmark of each build AT ONCE, so
# every build runs under the same load (runs alternated minutes apart compare the machine's load as much as the
# builds), then prints each run's CPU ms and KB allocated per turn and the median per build.
#
#   bench/turns-side-by-side/run.sh COPIES LABEL=BENCH_DIR [LABEL=BENCH_DIR ...]
#
# BENCH_DIR is a build of bench/CrossBorderBot.Benchmarks (`dotnet build -c Release bench/CrossBorderBot.Benchmarks`,
# then copy bin/Release/net10.0 somewhere, one copy per build). The benchmark's arguments come from $BENCH_ARGS; the
# logs go to $OUT (default: a new directory under /tmp). Start-up and the warm-up are outside the measured window, and
# tiered compilation is off, so the JIT's tiering does not land in one build's window and not in another's.
set -eu
copies=$1; shift
args=${BENCH_ARGS:-"turns --storage Sqlite --users 64 --conversations 200 --warmup 200"}
out=${OUT:-$(mktemp -d /tmp/turns-side-by-side.XXXXXX)}
mkdir -p "$out"
echo "load before: $(cat /proc/loadavg)" | tee "$out/summary.txt"
for spec in "$@"; do
  label=${spec%%=*}; bench=${spec#*=}; c=1
  while [ "$c" -le "$copies" ]; do
    (cd "$bench" && DOTNET_TieredCompilation=0 dotnet CrossBorderBot.Benchmarks.dll $args > "$out/$label-$c.log" 2>&1) &
    c=$((c + 1))
  done
done
wait
echo "load after: $(cat /proc/loadavg); benchmark: $args" | tee -a "$out/summary.txt"
for spec in "$@"; do
  label=${spec%%=*}
  for f in "$out/$label"-*.log; do
    printf '%s\t%s\t%s\n' "$label" "$(awk '/^cpu /{print $2}' "$f")" "$(awk '/^allocated /{print $2}' "$f")"
  done
done | tee -a "$out/summary.txt" | sort -k1,1 -k2,2n | awk -F'\t' '
  {n[$1]++; v[$1, n[$1]] = $2; kb[$1] = $3}
  END {for (l in n) {m = (n[l] % 2) ? v[l, (n[l] + 1) / 2] : (v[l, n[l] / 2] + v[l, n[l] / 2 + 1]) / 2;
       printf "%s: %d runs, median %.3f ms/turn (min %.3f), %s KB/turn\n", l, n[l], m, v[l, 1], kb[l]}}' | tee -a "$out/summary.txt"
