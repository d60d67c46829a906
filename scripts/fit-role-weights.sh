#!/usr/bin/env bash
# Fits the lexicon's role-weight calibration by grid search on the TRAIN split of the dev set,
# printing macro-F1 for each (project_manager, product_owner) weight pair (product_manager stays 1).
# Usage: scripts/fit-role-weights.sh [DEV.csv]   (default ../shared/data/role-postings-dev.csv)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dev="${1:-$here/../shared/data/role-postings-dev.csv}"
if [ ! -f "$dev" ]; then
  echo "skipped: $dev not found (the dev set lives in ../shared/data, which only the project's machines have)"
  exit 0
fi
lexicon="$here/analyzer/src/main/resources/io/rolelens/analyzer/lexicon/lexicon.txt"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for pjm in ${PJM_WEIGHTS:-0.8 0.9 1.0 1.1 1.2}; do
  for po in ${PO_WEIGHTS:-1.0 1.2 1.4 1.6 1.8}; do
    grep -v "^role-weight:" "$lexicon" | awk -v pjm="$pjm" -v po="$po" '
      /^lexicon-version:/ && !done { print; print "role-weight: project_manager " pjm; print "role-weight: product_owner " po; done=1; next } { print }' \
      > "$tmp/lexicon.txt"
    line="$("$here/rolelens" evaluate --input "$dev" --split train --lexicon "$tmp/lexicon.txt" 2>/dev/null | tail -n 1)"
    echo "project_manager=$pjm product_owner=$po $line"
  done
done
