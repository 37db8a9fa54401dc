#!/usr/bin/env bash
# Runs the JMH suite and writes docs/performance.md: each operation beside its floor from the same
# run, the ratio and the target. `--quick` runs fewer, shorter iterations (minutes, not an hour)
# and writes benchmarks/target/performance-quick.md instead, leaving the committed table alone.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
[ "${1:-}" = "--quick" ] && quick=true

./mvnw -B -q -DskipTests -DskipDocs package

jar=benchmarks/target/benchmarks.jar
results=benchmarks/target/jmh.json
if $quick; then
  jmh=(-f 1 -wi 1 -w 1s -i 2 -r 1s -p tactics=1000,10000)
  table=benchmarks/target/performance-quick.md
else
  jmh=(-f 1 -wi 3 -w 2s -i 5 -r 2s)
  table=docs/performance.md
fi
java -jar "$jar" "${jmh[@]}" -rf json -rff "$results" 'InMemoryBenchmarks|RuleFamilyBenchmarks|FileBenchmarks|CsvBenchmarks'

generated=$(java -Xmx8g -Djdk.attach.allowAttachSelf=true -cp "$jar" org.socialstrategy.benchmarks.MemoryFootprint 100000 | sed -n 's/.* \([0-9]*\) bytes per tactic.*/\1/p')
loaded=$(java -Xmx8g -Djdk.attach.allowAttachSelf=true -cp "$jar" org.socialstrategy.benchmarks.MemoryFootprint --loaded 100000 | sed -n 's/.* \([0-9]*\) bytes per tactic.*/\1/p')

# Cold start of the whole process: the launcher, the JVM, reading the sample and validating it.
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 2 --runs 10 -i --export-json benchmarks/target/cold.json './sbs validate' > /dev/null
  cold=$(java -cp "$jar" org.socialstrategy.benchmarks.ColdStart benchmarks/target/cold.json)
else
  start=$(date +%s%N)
  for _ in 1 2 3 4 5 6 7 8 9 10; do ./sbs validate > /dev/null 2>&1 || true; done
  cold=$(( ($(date +%s%N) - start) / 10000000 ))
fi

run="$(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -n 1), JMH ${jmh[*]}"
java -cp "$jar" org.socialstrategy.benchmarks.PerformanceTable "$results" "$table" "$generated" "$loaded" "$cold" "$run"
