package org.socialstrategy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialstrategy.scoring.validation.Finding;
import org.socialstrategy.scoring.validation.ValidationReport;

class ValidateRetailTest {

  @Test
  void flagsTheFanContestAndNotTheShop() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ValidationReport report =
        ValidateRetail.validate(
            RetailStrategy.build(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> unaligned =
        report.byRule("unaligned-tactic").findings().stream().map(Finding::toString).toList();
    assertEquals(
        List.of(
            "error SBS101 unaligned-tactic tactics[fb-fan-contest]: tactic 'fb-fan-contest'"
                + " supports no business goal; its 12,000.00 USD has no business case"),
        unaligned);
    assertEquals(
        List.of(
            "error SBS104 tactic-without-owner tactics[fb-fan-contest]: tactic 'fb-fan-contest'"
                + " has no owner"),
        report.byRule("SBS104").findings().stream().map(Finding::toString).toList());
    assertTrue(
        report
            .bySubject(org.socialstrategy.model.Subject.parse("tactic:fb-shop"))
            .atLeast(org.socialstrategy.scoring.validation.Severity.WARNING)
            .isEmpty());
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("    fix: link it to a goal it moves, or stop funding it"));
    assertTrue(printed.strip().endsWith(report.summary()));
  }
}
