package org.socialstrategy.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.socialstrategy.model.Strategy;
import org.socialstrategy.model.diff.Change;
import org.socialstrategy.model.diff.ChangeKind;
import org.socialstrategy.model.diff.StrategyDiff;

/**
 * Properties of {@link StrategyDiff} over generated strategies and pairs of versions (a strategy
 * and the same after a few random edits through the model's API).
 */
class StrategyDiffPropertiesTest {

  private static final int EXAMPLES = 300;

  @Test
  void aStrategyComparedWithItselfOrAnEqualCopyHasNoChanges() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.strategiesWithExtras(20))
        .checkAssert(
            strategy -> {
              assertEquals(List.of(), StrategyDiff.between(strategy, strategy).changes());
              Strategy copy = Strategy.builder().from(strategy).build();
              assertEquals(List.of(), StrategyDiff.between(strategy, copy).changes());
            });
  }

  @Test
  void theDiffIsEmptyExactlyWhenTheVersionsAreEqual() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.pairs(20))
        .checkAssert(
            pair ->
                assertEquals(
                    pair.before().equals(pair.after()),
                    StrategyDiff.between(pair.before(), pair.after()).isEmpty(),
                    () -> StrategyDiff.between(pair.before(), pair.after()).toString()));
  }

  @Test
  void everyDifferenceAppearsExactlyOnce() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.pairs(20))
        .checkAssert(
            pair -> {
              List<Change> changes = StrategyDiff.between(pair.before(), pair.after()).changes();
              Set<String> paths = new HashSet<>();
              for (Change change : changes) {
                assertTrue(paths.add(change.path().toString()), "twice: " + change);
              }
              for (Change whole : changes) {
                if (whole.kind() == ChangeKind.CHANGED) {
                  continue;
                }
                String at = whole.path().toString();
                for (Change other : changes) {
                  String inside = other.path().toString();
                  assertTrue(
                      !inside.startsWith(at + ".") && !inside.startsWith(at + "["),
                      other + " is inside " + whole);
                }
              }
              elements(pair, changes, "tactics", s -> byId(s.tactics(), t -> t.id().value()));
              elements(pair, changes, "goals", s -> byId(s.goals(), g -> g.id().value()));
              elements(pair, changes, "metrics", s -> byId(s.metrics(), m -> m.id().value()));
              elements(
                  pair, changes, "stakeholders", s -> byId(s.stakeholders(), h -> h.id().value()));
            });
  }

  @Test
  void theDiffBackwardsHasTheSameChangesMirrored() {
    qt().withExamples(EXAMPLES)
        .forAll(StrategyGens.pairs(20))
        .checkAssert(
            pair -> {
              Map<String, Change> forward =
                  byPath(StrategyDiff.between(pair.before(), pair.after()));
              Map<String, Change> backward =
                  byPath(StrategyDiff.between(pair.after(), pair.before()));
              assertEquals(forward.keySet(), backward.keySet());
              forward.forEach(
                  (path, change) -> {
                    Change back = backward.get(path);
                    assertEquals(mirror(change.kind()), back.kind(), path);
                    assertEquals(change.before(), back.after(), path);
                    assertEquals(change.after(), back.before(), path);
                  });
            });
  }

  /**
   * Checks one list of elements with ids: an element in only one version is one addition or removal
   * at its path; an element in both is changed exactly when it differs, and then only under its
   * path; an equal element has no change under its path.
   */
  private static <E> void elements(
      StrategyPair pair,
      List<Change> changes,
      String list,
      Function<Strategy, Map<String, E>> ids) {
    Map<String, E> before = ids.apply(pair.before());
    Map<String, E> after = ids.apply(pair.after());
    Set<String> all = new HashSet<>(before.keySet());
    all.addAll(after.keySet());
    for (String id : all) {
      String at = list + "[" + id + "]";
      List<Change> under = new ArrayList<>();
      for (Change change : changes) {
        String path = change.path().toString();
        if (path.equals(at) || path.startsWith(at + ".") || path.startsWith(at + "[")) {
          under.add(change);
        }
      }
      E earlier = before.get(id);
      E later = after.get(id);
      if (earlier == null || later == null) {
        assertEquals(1, under.size(), at + ": " + under);
        assertEquals(at, under.get(0).path().toString());
        assertEquals(earlier == null ? ChangeKind.ADDED : ChangeKind.REMOVED, under.get(0).kind());
      } else {
        assertEquals(!earlier.equals(later), !under.isEmpty(), at + ": " + under);
      }
    }
  }

  private static <E> Map<String, E> byId(List<E> elements, Function<E, String> id) {
    Map<String, E> byId = new LinkedHashMap<>();
    elements.forEach(element -> byId.put(id.apply(element), element));
    return byId;
  }

  private static Map<String, Change> byPath(StrategyDiff diff) {
    Map<String, Change> byPath = new HashMap<>();
    diff.changes().forEach(change -> byPath.put(change.path().toString(), change));
    return byPath;
  }

  private static ChangeKind mirror(ChangeKind kind) {
    return switch (kind) {
      case ADDED -> ChangeKind.REMOVED;
      case REMOVED -> ChangeKind.ADDED;
      default -> ChangeKind.CHANGED;
    };
  }
}
