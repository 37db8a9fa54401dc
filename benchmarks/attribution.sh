#!/usr/bin/env bash
# Runs the attribution benchmarks with JMH's allocation profiler and writes their table into
# docs/attribution.md: aggregation beside a bare CSV token scan of the same text, the models beside
# one pass over the path table, and the memory retained per distinct path.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -DskipTests -DskipDocs package

jar=benchmarks/target/benchmarks.jar
results=benchmarks/target/attribution-jmh.json
jmh=(-f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc)
java -jar "$jar" "${jmh[@]}" -rf json -rff "$results" 'AggregationBenchmarks|ModelBenchmarks'

memory=$(java -Xmx8g -Djdk.attach.allowAttachSelf=true -cp "$jar" org.socialstrategy.benchmarks.AttributionMemory)
echo "$memory"
table=$(echo "$memory" | sed -n 's/^path table: .* \([0-9]*\) bytes per distinct path$/\1/p')
aggregate=$(echo "$memory" | sed -n 's/^aggregate .* \([0-9]*\) bytes per distinct path$/\1/p')

run="$(date -u +%Y-%m-%d), $(nproc) cores shared with other work, $(java -version 2>&1 | head -n 1), JMH ${jmh[*]}"
java -cp "$jar" org.socialstrategy.benchmarks.AttributionTable "$results" docs/attribution.md "$table" "$aggregate" "$run"
