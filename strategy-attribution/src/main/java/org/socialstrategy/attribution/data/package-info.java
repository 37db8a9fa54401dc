/**
 * Attribution input and its aggregates: events and touchpoint keys, journeys cut into paths by a
 * lookback window, mergeable path tables, time decay credits accumulated while journeys stream, the
 * event and path-table CSV readers, and the limits and located problems of hostile input.
 *
 * <p>The pipeline streams: {@link org.socialstrategy.attribution.data.EventCsv} (or {@link
 * org.socialstrategy.attribution.data.JourneyAggregator} for events from code) turns events into a
 * {@link org.socialstrategy.attribution.data.JourneyAggregate}, which holds aggregates, never
 * events. A distributed job can compute the same aggregates and hand them over through {@link
 * org.socialstrategy.attribution.data.PathTable.Builder}.
 */
package org.socialstrategy.attribution.data;
