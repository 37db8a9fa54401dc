#!/usr/bin/env bash
# Runs the Spark benchmark: the in-process engine, then Spark local[1] and local[2], on one file of
# generated touchpoints (made on the first run in benchmarks-spark/target and kept). Not part of
# `./mvnw verify`: ten million touchpoints take many minutes. Arguments go to SparkBenchmark, e.g.
#   benchmarks-spark/run.sh --touchpoints 10000000 --runs 2
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -ntp -DskipTests -DskipDocs -pl benchmarks-spark -am package

# The JVM options Spark needs on Java 17 and later, as the Spark module's tests use them.
options=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' strategy-spark/pom.xml)
cd benchmarks-spark
classpath="target/benchmarks-spark-0.1.0-SNAPSHOT.jar:$(cat target/classpath.txt)"

# shellcheck disable=SC2086
SPARK_LOCAL_IP=127.0.0.1 java -Xmx6g $options -cp "$classpath" \
  org.socialstrategy.benchmarks.spark.SparkBenchmark "$@"
