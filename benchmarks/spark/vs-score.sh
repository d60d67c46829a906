#!/usr/bin/env bash
# Spark's overhead and scaling, as issue 16 asks: `rolelens score --threads N` and
# `rolelens spark-score --master local[N]` on the same export, run in turns so that both see the
# same machine, each run's postings/s printed (score's over its process's wall time, JVM start
# included; spark-score's as it reports it, over the job: its session's start, about 2.5 s here, is
# not counted), then the median ratio.
#
#   benchmarks/spark/vs-score.sh [RUNS] [CORES]    # default 5 runs of each, local[2]
#
# Environment: INPUT (default ../shared/data/linkedin-postings-2022-2026.csv.gz), SPARK_OPTS (more
# spark-score options, e.g. "--task-threads 1").
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
cores=${2:-2}
input=${INPUT:-../shared/data/linkedin-postings-2022-2026.csv.gz}
[ -f "$input" ] || { echo "skipped: $input is absent"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./rolelens --version >/dev/null  # builds RoleLens first, if needed

rows=""
score_rates=()
spark_rates=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  line=$(./rolelens score --input "$input" --output "$work/scored.csv" --threads "$cores" --quiet 2>/dev/null)
  end=$(date +%s.%N)
  rows=$(sed -E 's/.*rows_in=([0-9]+).*/\1/' <<<"$line")
  rate=$(awk -v n="$rows" -v a="$start" -v b="$end" 'BEGIN { printf "%d", n / (b - a) }')
  score_rates+=("$rate")
  echo "run $i: score postings_per_s=$rate load=$(cut -d' ' -f1 /proc/loadavg)"
  line=$(./rolelens spark-score --input "$input" --output "$work/spark" --master "local[$cores]" \
    --overwrite ${SPARK_OPTS:-} 2>/dev/null | tail -1)
  rate=$(sed -E 's/.*postings_per_s=([0-9]+).*/\1/' <<<"$line")
  spark_rates+=("$rate")
  echo "run $i: spark-score local[$cores] postings_per_s=$rate load=$(cut -d' ' -f1 /proc/loadavg)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
s=$(median "${score_rates[@]}")
k=$(median "${spark_rates[@]}")
awk -v s="$s" -v k="$k" -v c="$cores" -v r="$rows" \
  'BEGIN { printf "rows=%d score_median=%d spark_local%d_median=%d ratio=%.2f\n", r, s, c, k, k / s }'
