package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialstrategy.scoring.SuccessFactor;
import org.socialstrategy.scoring.validation.BuiltInRules;
import org.socialstrategy.scoring.validation.Rule;

/** {@code docs/scoring.md} names every factor and every maturity criterion the code uses. */
class ScoringDocsTest {

  private static String docs() throws IOException {
    return Files.readString(Path.of("..", "docs", "scoring.md"), StandardCharsets.UTF_8);
  }

  @Test
  void everySuccessFactorIsDocumented() throws IOException {
    String docs = docs();
    for (SuccessFactor factor : SuccessFactor.values()) {
      assertTrue(
          docs.contains("| " + factor.number() + " " + factor.title() + " |"), factor.title());
    }
  }

  @Test
  void everyRuleACriterionReadsExistsAndWeighsOnTheFactorOfItsRow() throws IOException {
    Pattern row = Pattern.compile("^\\|(?: (\\d) [^|]+)? \\| ([^|]+) \\| \\d+ \\|$");
    Pattern rule = Pattern.compile("SBS\\d{3}");
    SuccessFactor factor = null;
    int named = 0;
    for (String line : docs().lines().toList()) {
      Matcher cells = row.matcher(line);
      if (!cells.matches()) {
        continue;
      }
      if (cells.group(1) != null) {
        factor = SuccessFactor.number(Integer.parseInt(cells.group(1)));
      }
      Matcher ids = rule.matcher(cells.group(2));
      while (ids.find()) {
        String id = ids.group();
        Rule found =
            BuiltInRules.all().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " in docs/scoring.md is no rule"));
        assertEquals(Optional.of(factor), found.factor(), id + " under factor " + factor);
        named++;
      }
    }
    assertEquals(6, named);
  }

  @Test
  void everyMaturityCriterionIsDocumented() throws IOException {
    String docs =
        docs()
            .replace("`executive-support-share`", "50%")
            .replace("`executive-support-level`", "engaged")
            .replace("`minimum-roadmap-years`", "3 years");
    MaturityAssessment assessment = Scorecard.of(Scored.strategy(), Scored.MID_YEAR).maturity();
    for (StageAssessment stage : assessment.stages()) {
      assertTrue(
          docs.contains(
              "| "
                  + stage.stage().level()
                  + " "
                  + stage.stage().title()
                  + ", \""
                  + stage.stage().motto()
                  + "\" |"),
          stage.stage().title());
      for (Criterion criterion : stage.criteria()) {
        String described =
            criterion
                .description()
                .replace(
                    "at least 50% of executives engaged", "at least 50% of executives at engaged")
                .replace(" (half or more)", "");
        assertTrue(docs.contains(described), criterion.description());
      }
    }
  }
}
