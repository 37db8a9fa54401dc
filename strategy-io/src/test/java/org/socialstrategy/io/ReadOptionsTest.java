package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {

  @Test
  void hasDocumentedDefaults() {
    ReadOptions defaults = ReadOptions.defaults();
    assertEquals(256L * 1024 * 1024, defaults.maxDocumentLength());
    assertEquals(64, defaults.maxNestingDepth());
    assertEquals(100_000, defaults.maxStringLength());
    assertEquals(100, defaults.maxNumberLength());
    assertEquals(1000, defaults.maxProblems());
    assertEquals(
        "ReadOptions{maxDocumentLength=268435456, maxNestingDepth=64, maxStringLength=100000,"
            + " maxNumberLength=100, maxProblems=1000}",
        defaults.toString());
  }

  @Test
  void changesOneLimitAtATime() {
    ReadOptions changed =
        ReadOptions.defaults()
            .withMaxDocumentLength(10)
            .withMaxNestingDepth(8)
            .withMaxStringLength(20)
            .withMaxNumberLength(30)
            .withMaxProblems(40);
    assertEquals(10, changed.maxDocumentLength());
    assertEquals(8, changed.maxNestingDepth());
    assertEquals(20, changed.maxStringLength());
    assertEquals(30, changed.maxNumberLength());
    assertEquals(40, changed.maxProblems());
    assertEquals(
        changed,
        ReadOptions.defaults()
            .withMaxDocumentLength(10)
            .withMaxNestingDepth(8)
            .withMaxStringLength(20)
            .withMaxNumberLength(30)
            .withMaxProblems(40));
    assertNotEquals(changed, ReadOptions.defaults());
    assertEquals(
        ReadOptions.defaults().hashCode(), ReadOptions.defaults().withMaxProblems(1000).hashCode());
  }

  @Test
  void refusesLimitsThatMakeNoSense() {
    assertEquals(
        "max nesting depth must be in [8, 1000]: 7",
        assertThrows(
                IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxNestingDepth(7))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxNestingDepth(1001));
    assertThrows(
        IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxDocumentLength(0));
    assertThrows(
        IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxStringLength(0));
    assertThrows(
        IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxNumberLength(0));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxProblems(0));
  }
}
