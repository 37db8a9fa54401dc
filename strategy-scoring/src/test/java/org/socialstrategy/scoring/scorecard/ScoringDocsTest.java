package org.socialstrategy.scoring.scorecard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
