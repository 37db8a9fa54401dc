package org.socialstrategy.scoring.scorecard;

import java.util.Optional;
import org.socialstrategy.model.Money;

/**
 * Alignment within one business function or one channel.
 *
 * @param key the function's or channel's key, such as {@code sales} or {@code facebook}
 * @param label its label for people
 * @param tactics how many tactics it has
 * @param aligned how many of them serve a goal through a business-outcome metric
 * @param share {@code aligned / tactics}, four decimals
 * @param spend what its tactics cost, when any has a cost
 * @param alignedSpend what its aligned tactics cost, when any has a cost
 */
public record AlignmentRow(
    String key,
    String label,
    int tactics,
    int aligned,
    double share,
    Optional<Money> spend,
    Optional<Money> alignedSpend) {}
