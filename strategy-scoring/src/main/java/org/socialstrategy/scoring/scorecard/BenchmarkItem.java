package org.socialstrategy.scoring.scorecard;

/**
 * One survey figure and where the strategy stands against it.
 *
 * @param measure what the survey asked, such as "social strategy connected to business outcomes"
 * @param surveyShare the share of surveyed businesses that said yes, such as 0.34
 * @param strategyValue what the strategy shows for the measure, in words
 * @param meets whether the strategy would answer yes
 * @param statement one sentence for a report
 */
public record BenchmarkItem(
    String measure, double surveyShare, String strategyValue, boolean meets, String statement) {}
