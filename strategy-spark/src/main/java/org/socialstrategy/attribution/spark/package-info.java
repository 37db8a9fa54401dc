/**
 * Attribution on Apache Spark, for touchpoints that outgrow one machine: {@link
 * org.socialstrategy.attribution.spark.SparkAttribution} turns a dataset of touchpoints into
 * journeys, paths and their counts on the cluster and collects them into the {@link
 * org.socialstrategy.attribution.data.JourneyAggregate} the in-process engine would have made, on
 * which the attribution module's own models run; {@link
 * org.socialstrategy.attribution.spark.AttributionJob} is the same as a {@code spark-submit} job
 * reading Parquet or CSV. The touchpoint-to-tactic mapping is the strategy's own ({@code
 * Strategy.attribution()}, the {@code attribution} section of format v1), as for {@code sbs
 * attribute}.
 */
package org.socialstrategy.attribution.spark;
