package org.socialstrategy.attribution.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialstrategy.model.ExtensionValue;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.TouchpointMapping;
import org.socialstrategy.model.TouchpointRule;

/**
 * Reads a strategy's touchpoint mapping from its {@value #FIELD} extension, until the strategy
 * format carries the mapping itself. The extension has the mapping's fields:
 *
 * <pre>{@code
 * x-touchpoint-mapping:
 *   conversionMetric: net-new-customers
 *   valueMetric: online-revenue
 *   rules:
 *     - {key: "facebook / social / spring-shop", tactic: fb-shop}
 *     - {medium: email, tactic: newsletter}
 * }</pre>
 */
public final class MappingExtension {

  /** The extension field that holds the mapping. */
  public static final String FIELD = "x-touchpoint-mapping";

  private static final Set<String> RULE_FIELDS =
      Set.of("key", "channel", "source", "medium", "campaign", "tactic");

  private MappingExtension() {}

  /**
   * Returns the mapping a strategy carries in its {@value #FIELD} extension.
   *
   * @param strategy the strategy
   * @return the mapping, if the strategy has the extension
   * @throws IllegalArgumentException naming the field and the rule when the extension is malformed
   */
  public static Optional<TouchpointMapping> of(Strategy strategy) {
    ExtensionValue value = strategy.extensions().get(FIELD);
    if (value == null) {
      return Optional.empty();
    }
    Map<String, ExtensionValue> fields = fields(value, FIELD);
    for (String name : fields.keySet()) {
      if (!Set.of("conversionMetric", "valueMetric", "rules").contains(name)) {
        throw new IllegalArgumentException(
            FIELD
                + "."
                + name
                + ": unknown field; a mapping has conversionMetric, valueMetric and"
                + " rules");
      }
    }
    TouchpointMapping.Builder mapping =
        TouchpointMapping.builder()
            .conversionMetric(text(fields.get("conversionMetric"), FIELD + ".conversionMetric"));
    if (fields.containsKey("valueMetric")) {
      mapping.valueMetric(text(fields.get("valueMetric"), FIELD + ".valueMetric"));
    }
    ExtensionValue rules = fields.get("rules");
    if (!(rules instanceof ExtensionValue.Array list)) {
      throw new IllegalArgumentException(FIELD + ".rules: expected a list of rules");
    }
    List<TouchpointRule> built = new ArrayList<>();
    for (int i = 0; i < list.values().size(); i++) {
      built.add(rule(list.values().get(i), FIELD + ".rules[" + i + "]"));
    }
    return Optional.of(mapping.addAllRules(built).build());
  }

  private static TouchpointRule rule(ExtensionValue value, String path) {
    Map<String, ExtensionValue> fields = fields(value, path);
    for (String name : fields.keySet()) {
      if (!RULE_FIELDS.contains(name)) {
        throw new IllegalArgumentException(
            path
                + "."
                + name
                + ": unknown field; a rule has key, channel, source, medium, campaign and tactic");
      }
    }
    TouchpointRule.Builder rule =
        TouchpointRule.builder().tactic(text(fields.get("tactic"), path + ".tactic"));
    if (fields.containsKey("key")) {
      rule.key(text(fields.get("key"), path + ".key"));
    }
    if (fields.containsKey("channel")) {
      rule.channel(text(fields.get("channel"), path + ".channel"));
    }
    if (fields.containsKey("source")) {
      rule.source(text(fields.get("source"), path + ".source"));
    }
    if (fields.containsKey("medium")) {
      rule.medium(text(fields.get("medium"), path + ".medium"));
    }
    if (fields.containsKey("campaign")) {
      rule.campaign(text(fields.get("campaign"), path + ".campaign"));
    }
    return rule.build();
  }

  private static Map<String, ExtensionValue> fields(ExtensionValue value, String path) {
    if (value instanceof ExtensionValue.Fields object) {
      return object.fields();
    }
    throw new IllegalArgumentException(path + ": expected fields");
  }

  private static String text(ExtensionValue value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + ": missing");
    }
    if (value instanceof ExtensionValue.Text text && !text.value().isBlank()) {
      return text.value();
    }
    throw new IllegalArgumentException(path + ": expected a text that is not blank");
  }
}
