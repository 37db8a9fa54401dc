package org.socialstrategy.scoring.validation;

import java.util.List;
import org.socialstrategy.model.Channel;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.Tactic;

/** A custom rule provider, found through the service file in the test resources. */
public final class AcmeRules implements RuleProvider {

  static final Rule NO_TIKTOK =
      Rule.of(
          "ACME001",
          "no-tiktok",
          "Acme does not run tactics on TikTok",
          Severity.ERROR,
          RuleFamily.TACTICS,
          "Acme's brand policy keeps it off TikTok.",
          (strategy, context) -> {
            List<Tactic> tactics = strategy.tactics();
            for (int i = 0; i < tactics.size(); i++) {
              if (tactics.get(i).channel().equals(Channel.TIKTOK)) {
                context.report(
                    Subject.of(tactics.get(i).id()),
                    Elements.tactic(i, tactics.get(i).id()),
                    "tactic '" + tactics.get(i).id() + "' runs on TikTok",
                    "move it to another channel");
              }
            }
          });

  /** Creates the provider; {@link java.util.ServiceLoader} needs a public constructor. */
  public AcmeRules() {}

  @Override
  public List<Rule> rules() {
    return List.of(NO_TIKTOK);
  }
}
