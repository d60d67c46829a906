#!/usr/bin/env bash
# Latency of analysis answers with market context, as issue 17 asks: Debian's wrk, 32 connections,
# against `rolelens serve --index DIR`, replaying the 455 real postings of
# ../shared/data/role-postings-dev.csv (each with its date), after a warm-up. Prints wrk's latency
# distribution and one line: requests=N errors=N p50_ms=… p99_ms=… max_ms=…
#
#   benchmarks/wrk/market.sh [INDEX_DIR]      # default: scores and indexes the 81,428-posting export
#   benchmarks/wrk/market.sh none             # the same load on a server without an index
#
# Environment: CONNECTIONS (32), THREADS (2), DURATION (30s), WARMUP (40s), SERVE_OPTS (e.g.
# "--cache-size 0" to analyse every request afresh), PORT (7171), POSTINGS (the CSV, optionally
# .gz, whose postings are replayed: default the dev set; the LinkedIn export compares the server with
# `rolelens bench-score` on the same postings) and LIMIT (how many of them, default 20000).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=../shared/data
command -v wrk >/dev/null || { echo "skipped: wrk not found (apt-get install wrk)"; exit 0; }
postings=${POSTINGS:-$data/role-postings-dev.csv}
[ -f "$postings" ] || { echo "skipped: $postings is absent"; exit 0; }
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

index=${1:-}
if [ "$index" = "none" ]; then
  index=""  # the same load without market context, to compare
elif [ -z "$index" ]; then
  [ -f "$data/linkedin-postings-2022-2026.csv.gz" ] || { echo "skipped: no index given and $data/linkedin-postings-2022-2026.csv.gz is absent"; exit 0; }
  ./rolelens score --input "$data/linkedin-postings-2022-2026.csv.gz" --output "$work/scored.csv" --include-description --quiet
  ./rolelens index --input "$work/scored.csv" --index "$work/index"
  index="$work/index"
fi

# The request bodies, one per line: the posting's title, text and date, as the extension sends them.
python3 - "$postings" "${LIMIT:-20000}" > "$work/bodies.jsonl" <<'PY'
import csv, gzip, itertools, json, re, sys
csv.field_size_limit(1 << 30)
opened = gzip.open if sys.argv[1].endswith(".gz") else open
for row in itertools.islice(csv.DictReader(opened(sys.argv[1], "rt", encoding="utf-8", newline="")), int(sys.argv[2])):
    body = {"title": row["title"], "text": row["description"]}
    if re.match(r"\d{4}-\d{2}-\d{2}", row["date_posted"]):  # as JSON-LD's datePosted; others get the latest quarter
        body["datePosted"] = row["date_posted"][:10]
    print(json.dumps(body))
PY

port=${PORT:-7171}
# shellcheck disable=SC2086
./rolelens serve ${index:+--index "$index"} --port "$port" ${SERVE_OPTS:-} > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 120); do
  grep -q "is ready" "$work/serve.log" 2>/dev/null && break
  sleep 0.5
done
grep "Market context" "$work/serve.log"
export BODIES="$work/bodies.jsonl"
script="benchmarks/wrk/postings.lua"
url="http://127.0.0.1:$port"
echo "warm-up ${WARMUP:-40s}"
wrk -t "${THREADS:-2}" -c "${CONNECTIONS:-32}" -d "${WARMUP:-40s}" -s "$script" "$url" > /dev/null
echo "measured: wrk -t ${THREADS:-2} -c ${CONNECTIONS:-32} -d ${DURATION:-30s} --latency"
wrk -t "${THREADS:-2}" -c "${CONNECTIONS:-32}" -d "${DURATION:-30s}" --latency -s "$script" "$url"
