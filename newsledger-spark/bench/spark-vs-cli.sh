#!/usr/bin/env bash
# Benchmark (not a test): articles/s of `newsledger spark analyze` with local[1] and local[2]
# against `newsledger analyze --threads 1|2` on the same articles, in one run, end to end (JVM
# start, model load, reading, analysis, writing); then the time of `spark ledger` on the output. Build first: mvn -o -q -DskipTests package.
#
#   newsledger-spark/bench/spark-vs-cli.sh [INPUT.jsonl]
#
# Without an argument the input is the Wikinews CSVs in ../shared/datasets/wikinews/data,
# converted to one JSON Lines file (id, url, published, title, text) in a temporary folder.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${NEWSLEDGER_SHARED:-$home/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

input="${1:-}"
if [ -z "$input" ]; then
  data="$shared/datasets/wikinews/data"
  [ -d "$data" ] || { echo "no input given and $data is absent" >&2; exit 2; }
  input="$work/wikinews.jsonl"
  python3 - "$data" "$input" <<'PY'
import csv, json, pathlib, sys
csv.field_size_limit(10**9)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in sorted(pathlib.Path(sys.argv[1]).glob("*.csv")):
        for n, row in enumerate(csv.DictReader(open(path, encoding="utf-8"))):
            out.write(json.dumps({"id": f"{path.stem}-{n}", "url": row["url"], "published": row["date"],
                                  "title": row["title"], "text": row["text"]}) + "\n")
PY
fi
articles="$(grep -c . "$input")"
echo "input: $input ($articles articles, $(du -h "$input" | cut -f1)), $(nproc) cores, $(date -u +%FT%TZ)"

seconds() { # runs a command, prints its wall time in seconds and its peak RSS in MB
  local start end
  start="$(date +%s.%N)"
  /usr/bin/time -f %M -o "$work/rss" "$@" >"$work/out.log" 2>"$work/err.log" \
    || { cat "$work/err.log" >&2; exit 1; }
  end="$(date +%s.%N)"
  python3 -c "print(f'{$end - $start:.1f} s, peak RSS {$(cat "$work/rss") / 1024:.0f} MB')"
}

declare -A wall
for n in 1 2; do
  run="$(seconds "$home/bin/newsledger" analyze -q --threads "$n" --format jsonl "$input")"
  wall[cli$n]="${run%% s*}"
  echo "cli --threads $n: $run"
  run="$(seconds "$home/bin/newsledger" spark analyze --master "local[$n]" "$input" --out "$work/out$n")"
  wall[spark$n]="${run%% s*}"
  echo "spark local[$n]: $run ($(cat "$work/out.log"))"
done

run="$(seconds "$home/bin/newsledger" spark ledger --master "local[2]" "$work/out2" --out "$work/ledger")"
echo "spark ledger local[2] on that output: $run ($(cat "$work/out.log"))"

python3 - "$articles" "${wall[cli1]}" "${wall[spark1]}" "${wall[cli2]}" "${wall[spark2]}" <<'PY'
import sys
n = int(sys.argv[1]); cli1, spark1, cli2, spark2 = map(float, sys.argv[2:])
print()
print("| cores | CLI analyze (articles/s) | Spark local[N] (articles/s) | Spark / CLI |")
print("|---|---|---|---|")
for cores, cli, spark in ((1, cli1, spark1), (2, cli2, spark2)):
    print(f"| {cores} | {n / cli:.2f} ({cli:.0f} s) | {n / spark:.2f} ({spark:.0f} s) | {cli / spark:.2f} |")
PY
