package org.socialstrategy.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A guideline or policy the hub owns: a social media policy, a disclosure rule, a crisis plan. */
@Value.Immutable
public abstract class Guideline {

  Guideline() {}

  /**
   * Returns the guideline's id.
   *
   * @return the id
   */
  public abstract GuidelineId id();

  /**
   * Returns the guideline's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns how binding the guideline is.
   *
   * @return the enforcement level; {@link Enforcement#RECOMMENDED} when not set
   */
  @Value.Default
  public Enforcement enforcement() {
    return Enforcement.RECOMMENDED;
  }

  /**
   * Returns what the guideline says, in short.
   *
   * @return the description, if given
   */
  public abstract Optional<String> description();

  /**
   * Returns a guideline.
   *
   * @param id the guideline's id
   * @param title the title
   * @param enforcement how binding it is
   * @return the guideline
   */
  public static Guideline of(String id, String title, Enforcement enforcement) {
    return builder().id(GuidelineId.of(id)).title(title).enforcement(enforcement).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Guideline}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableGuideline.Builder {
    Builder() {}
  }
}
