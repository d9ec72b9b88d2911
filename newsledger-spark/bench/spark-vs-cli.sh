#!/usr/bin/env bash
# Benchmark (not a test): articles/s of `newsledger spark analyze` with local[1] and local[2]
# against `newsledger analyze --threads 1|2` on the same articles, in one run, end to end (JVM
# start, model load, reading, analysis, writing), with each run's CPU time (user + sys); then the
# time of `spark ledger` on the local[2] output. Build first: mvn -o -q -DskipTests package.
#
#   newsledger-spark/bench/spark-vs-cli.sh [--articles N] [--days D] [--pin] [--no-ledger] [INPUT.jsonl]
#
# Without INPUT the input is the Wikinews CSVs in ../shared/datasets/wikinews/data, converted to
# one JSON Lines file (id, url, published, title, text) in a temporary folder; --articles N repeats
# their rows under new ids up to N articles and --days D dates them over D days from 2025-03-01
# (round robin), as a day's crawl is dated. The README's figures:
#
#   newsledger-spark/bench/spark-vs-cli.sh --articles 1000 --days 3
#
# --pin runs the one-core runs on core 0 only (taskset -c 0), so that on a shared machine their
# CPU times compare; --no-ledger skips the ledger job.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${NEWSLEDGER_SHARED:-$home/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

articles_wanted=0
days=0
pin=()
ledger=yes
input=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles_wanted="$2"; shift 2 ;;
    --days) days="$2"; shift 2 ;;
    --pin) pin=(taskset -c 0); shift ;;
    --no-ledger) ledger=no; shift ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) input="$1"; shift ;;
  esac
done

if [ -z "$input" ]; then
  data="$shared/datasets/wikinews/data"
  [ -d "$data" ] || { echo "no input given and $data is absent" >&2; exit 2; }
  input="$work/wikinews.jsonl"
  python3 - "$data" "$input" "$articles_wanted" "$days" <<'PY'
import csv, datetime, json, pathlib, sys
csv.field_size_limit(10**9)
data, out_path, wanted, days = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rows = []
for path in sorted(pathlib.Path(data).glob("*.csv")):
    for n, row in enumerate(csv.DictReader(open(path, encoding="utf-8"))):
        rows.append((f"{path.stem}-{n}", row))
total = wanted if wanted > 0 else len(rows)
start = datetime.date(2025, 3, 1)
with open(out_path, "w", encoding="utf-8") as out:
    for i in range(total):
        key, row = rows[i % len(rows)]
        repeat = i // len(rows)
        published = (start + datetime.timedelta(days=i % days)).isoformat() if days > 0 else row["date"]
        out.write(json.dumps({"id": key if repeat == 0 else f"{key}-r{repeat}", "url": row["url"],
                              "published": published, "title": row["title"], "text": row["text"]}) + "\n")
PY
fi
articles="$(grep -c . "$input")"
echo "input: $input ($articles articles, $(du -h "$input" | cut -f1)), $(nproc) cores, $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"

seconds() { # runs a command; prints its wall time, CPU time (user + sys) in seconds and peak RSS in MB
  local start end
  start="$(date +%s.%N)"
  /usr/bin/time -f '%M %U %S' -o "$work/time" "$@" >"$work/out.log" 2>"$work/err.log" \
    || { cat "$work/err.log" >&2; exit 1; }
  end="$(date +%s.%N)"
  read -r rss user sys <"$work/time"
  python3 -c "print(f'{$end - $start:.1f} s, CPU {$user + $sys:.1f} s, peak RSS {$rss / 1024:.0f} MB')"
}

declare -A wall cpu
for n in 1 2; do
  runner=()
  [ "$n" = 1 ] && runner=(${pin[@]+"${pin[@]}"})
  run="$(seconds ${runner[@]+"${runner[@]}"} "$home/bin/newsledger" analyze -q --threads "$n" --format jsonl "$input")"
  wall[cli$n]="${run%% s*}"
  cpu[cli$n]="$(sed 's/.*CPU \([0-9.]*\) s.*/\1/' <<<"$run")"
  echo "cli --threads $n: $run"
  run="$(seconds ${runner[@]+"${runner[@]}"} "$home/bin/newsledger" spark analyze --master "local[$n]" "$input" --out "$work/out$n")"
  wall[spark$n]="${run%% s*}"
  cpu[spark$n]="$(sed 's/.*CPU \([0-9.]*\) s.*/\1/' <<<"$run")"
  echo "spark local[$n]: $run ($(cat "$work/out.log"))"
done

if [ "$ledger" = yes ]; then
  run="$(seconds "$home/bin/newsledger" spark ledger --master "local[2]" "$work/out2" --out "$work/ledger")"
  echo "spark ledger local[2] on that output: $run ($(cat "$work/out.log"))"
fi

python3 - "$articles" "${wall[cli1]}" "${wall[spark1]}" "${wall[cli2]}" "${wall[spark2]}" \
  "${cpu[cli1]}" "${cpu[spark1]}" "${cpu[cli2]}" "${cpu[spark2]}" <<'PY'
import sys
n = int(sys.argv[1]); cli1, spark1, cli2, spark2, ccli1, cspark1, ccli2, cspark2 = map(float, sys.argv[2:])
print()
print("| cores | CLI analyze (articles/s) | Spark local[N] (articles/s) | Spark / CLI | CPU ms/article CLI | Spark |")
print("|---|---|---|---|---|---|")
for cores, cli, spark, ccli, cspark in ((1, cli1, spark1, ccli1, cspark1), (2, cli2, spark2, ccli2, cspark2)):
    print(f"| {cores} | {n / cli:.2f} ({cli:.0f} s) | {n / spark:.2f} ({spark:.0f} s) | {cli / spark:.2f}"
          f" | {1000 * ccli / n:.0f} | {1000 * cspark / n:.0f} |")
PY
