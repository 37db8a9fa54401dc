package org.socialstrategy.scoring.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialstrategy.model.Governance;
import org.socialstrategy.model.Identifier;
import org.socialstrategy.model.RaciAssignment;
import org.socialstrategy.model.RaciItem;
import org.socialstrategy.model.RaciRole;
import org.socialstrategy.model.StakeholderId;
import org.socialstrategy.model.StrategyPath;
import org.socialstrategy.model.Subject;
import org.socialstrategy.model.SubjectKind;
import org.socialstrategy.scoring.SuccessFactor;

/**
 * Rules about governance (SBS3xx): a hub or center of excellence, guidelines, and a sound RACI:
 * exactly one accountable and at least one responsible per item, one letter per stakeholder.
 */
public final class GovernanceRules {

  private static final Subject GOVERNANCE = Subject.of(SubjectKind.GOVERNANCE);

  /** SBS301: there is no hub or center of excellence. */
  public static final Rule NO_HUB =
      Rule.builder("SBS301", "no-hub")
          .title("No hub or center of excellence")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOVERNANCE)
          .factor(SuccessFactor.GOVERNANCE)
          .rationale(
              "Someone must take responsibility for the strategy and build what supports it: a hub"
                  + " or center of excellence prioritizes initiatives, owns guidelines and processes,"
                  + " and assigns roles and responsibilities.")
          .perStrategy(
              (strategy, context) -> {
                if (strategy.governance().hub().isEmpty()) {
                  context.report(
                      GOVERNANCE,
                      Elements.GOVERNANCE.field("hub"),
                      "the strategy has no hub or center of excellence to lead it",
                      "form a hub that prioritizes initiatives, owns the guidelines and assigns"
                          + " roles");
                }
              });

  /** SBS302: a RACI item has no accountable stakeholder, or several. */
  public static final Rule RACI_ACCOUNTABLE =
      Rule.builder("SBS302", "raci-accountable")
          .title("RACI item without exactly one accountable")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOVERNANCE)
          .factor(SuccessFactor.GOVERNANCE)
          .rationale(
              "Exactly one person answers for each item; with none, nobody does, and with two, each"
                  + " waits for the other.")
          .perStrategy(
              (strategy, context) ->
                  byItem(strategy.governance())
                      .forEach(
                          (item, cells) -> {
                            List<StakeholderId> accountable = holders(cells, RaciRole.ACCOUNTABLE);
                            if (accountable.size() != 1) {
                              context.report(
                                  subject(item),
                                  raciPath(cells),
                                  item.kind()
                                      + " "
                                      + Elements.quoted(item.value())
                                      + (accountable.isEmpty()
                                          ? " has RACI assignments but nobody accountable"
                                          : " has "
                                              + accountable.size()
                                              + " accountable stakeholders ("
                                              + Elements.quotedList(accountable)
                                              + "); exactly one answers for it"),
                                  "make exactly one stakeholder accountable for it");
                            }
                          }));

  /** SBS303: a RACI item has nobody responsible. */
  public static final Rule RACI_RESPONSIBLE =
      Rule.builder("SBS303", "raci-responsible")
          .title("RACI item without a responsible")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOVERNANCE)
          .factor(SuccessFactor.GOVERNANCE)
          .rationale(
              "Someone must do the work: each item needs at least one responsible stakeholder.")
          .perStrategy(
              (strategy, context) ->
                  byItem(strategy.governance())
                      .forEach(
                          (item, cells) -> {
                            if (holders(cells, RaciRole.RESPONSIBLE).isEmpty()) {
                              context.report(
                                  subject(item),
                                  raciPath(cells),
                                  item.kind()
                                      + " "
                                      + Elements.quoted(item.value())
                                      + " has RACI assignments but nobody responsible",
                                  "make at least one stakeholder responsible for doing the work");
                            }
                          }));

  /** SBS304: a stakeholder holds two letters for one item. */
  public static final Rule RACI_DOUBLE_ROLE =
      Rule.builder("SBS304", "raci-double-role")
          .title("Stakeholder holds two RACI letters for one item")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOVERNANCE)
          .factor(SuccessFactor.GOVERNANCE)
          .rationale(
              "Each stakeholder has one role per item; two letters for one person blur who does the"
                  + " work and who answers for it.")
          .perStrategy(
              (strategy, context) ->
                  byItem(strategy.governance())
                      .forEach(
                          (item, cells) -> {
                            Map<StakeholderId, Set<RaciRole>> roles = new LinkedHashMap<>();
                            for (Cell cell : cells) {
                              roles
                                  .computeIfAbsent(
                                      cell.assignment.stakeholder(),
                                      s -> EnumSet.noneOf(RaciRole.class))
                                  .add(cell.assignment.role());
                            }
                            roles.forEach(
                                (stakeholder, letters) -> {
                                  if (letters.size() > 1) {
                                    StringBuilder text = new StringBuilder();
                                    letters.forEach(role -> text.append(role.letter()));
                                    context.report(
                                        subject(item),
                                        raciPath(cells),
                                        "stakeholder "
                                            + Elements.quoted(stakeholder)
                                            + " holds "
                                            + letters.size()
                                            + " RACI letters ("
                                            + text
                                            + ") for "
                                            + item.kind()
                                            + " "
                                            + Elements.quoted(item.value()),
                                        "give each stakeholder one role per item");
                                  }
                                });
                          }));

  /** SBS305: the strategy has no guidelines. */
  public static final Rule NO_GUIDELINES =
      Rule.builder("SBS305", "no-guidelines")
          .title("No guidelines or policies")
          .severity(Severity.WARNING)
          .family(RuleFamily.GOVERNANCE)
          .factor(SuccessFactor.GOVERNANCE)
          .rationale(
              "Guidelines let people across the organization take part safely and the same way:"
                  + " a social media policy, disclosure, brand voice, crisis response.")
          .perStrategy(
              (strategy, context) -> {
                if (strategy.governance().guidelines().isEmpty()) {
                  context.report(
                      GOVERNANCE,
                      Elements.GOVERNANCE.field("guidelines"),
                      "the strategy has no guidelines or policies",
                      "publish guidelines (social media policy, disclosure, brand voice, crisis"
                          + " response) and say how binding each is");
                }
              });

  /** SBS306: nobody has a RACI role for anything. */
  public static final Rule NO_RACI =
      Rule.builder("SBS306", "no-raci")
          .title("No roles and responsibilities assigned")
          .severity(Severity.INFO)
          .family(RuleFamily.GOVERNANCE)
          .factor(SuccessFactor.GOVERNANCE)
          .rationale(
              "Governance assigns roles and responsibilities; a strategy with no RACI leaves who"
                  + " does what to chance.")
          .perStrategy(
              (strategy, context) -> {
                if (strategy.governance().raci().isEmpty()) {
                  context.report(
                      GOVERNANCE,
                      Elements.GOVERNANCE.field("raci"),
                      "no roles and responsibilities are assigned for any goal, tactic or initiative",
                      "assign who is responsible, accountable, consulted and informed, at least for"
                          + " goals and initiatives");
                }
              });

  private GovernanceRules() {}

  /** One RACI assignment and its position in the governance's list. */
  private record Cell(int position, RaciAssignment assignment) {}

  private static Map<RaciItem, List<Cell>> byItem(Governance governance) {
    Map<RaciItem, List<Cell>> cells = new LinkedHashMap<>();
    List<RaciAssignment> raci = governance.raci();
    for (int i = 0; i < raci.size(); i++) {
      cells
          .computeIfAbsent(raci.get(i).item(), item -> new ArrayList<>())
          .add(new Cell(i, raci.get(i)));
    }
    return cells;
  }

  private static List<StakeholderId> holders(List<Cell> cells, RaciRole role) {
    return cells.stream()
        .filter(cell -> cell.assignment.role() == role)
        .map(cell -> cell.assignment.stakeholder())
        .distinct()
        .toList();
  }

  private static StrategyPath raciPath(List<Cell> cells) {
    return Elements.GOVERNANCE.index("raci", cells.get(0).position);
  }

  private static Subject subject(RaciItem item) {
    return Subject.of((Identifier) item);
  }
}
