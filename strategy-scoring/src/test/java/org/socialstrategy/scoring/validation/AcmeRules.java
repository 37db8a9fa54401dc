package org.socialstrategy.scoring.validation;

import java.util.List;
import org.socialstrategy.model.Channel;

/** A custom rule provider, found through the service file in the test resources. */
public final class AcmeRules implements RuleProvider {

  static final Rule NO_TIKTOK =
      Rule.builder("ACME001", "no-tiktok")
          .title("Acme does not run tactics on TikTok")
          .severity(Severity.ERROR)
          .family(RuleFamily.TACTICS)
          .rationale("Acme's brand policy keeps it off TikTok.")
          .perTactic(
              (strategy, tactic, context) -> {
                if (tactic.channel().equals(Channel.TIKTOK)) {
                  context.report(
                      tactic,
                      "tactic '" + tactic.id() + "' runs on TikTok",
                      "move it to another channel");
                }
              });

  /** Creates the provider; {@link java.util.ServiceLoader} needs a public constructor. */
  public AcmeRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(NO_TIKTOK);
  }
}
