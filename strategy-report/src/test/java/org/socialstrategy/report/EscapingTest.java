package org.socialstrategy.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each output context escapes what would change the markup around a value, and only that. */
class EscapingTest {

  @Test
  void htmlEscapesMarkupAndMendsALoneSurrogate() {
    assertEquals(
        "&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; \uFFFD 🎉",
        Escaping.html("<b> & \"x\" 'y' \ud83d 🎉"));
  }

  @Test
  void markdownCellEscapesMarkupPipesAndLineBreaks() {
    assertEquals(
        "a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\# \\~ \\& \\$5 \\` h i",
        Escaping.markdownCell("a | b *c* _d_ [e](f) <g> # ~ & $5 ` h\ni"));
  }

  @Test
  void markdownProseAlsoEscapesWhatWouldOpenABlock() {
    assertEquals("\\- not a list", Escaping.markdownProse("- not a list"));
    assertEquals("\\+ nor this", Escaping.markdownProse("+ nor this"));
    assertEquals("1\\. nor an ordered list", Escaping.markdownProse("1. nor an ordered list"));
    assertEquals("2027\\) nor this", Escaping.markdownProse("2027) nor this"));
    assertEquals("code? no", Escaping.markdownProse("        code? no"));
    assertEquals("Acme 2027. Fine", Escaping.markdownProse("Acme 2027. Fine"));
  }

  @Test
  void mermaidLabelsKeepDirectivesCommentsEntitiesAndMarkupOut() {
    assertEquals(
        "#37;#37;{init: {'theme':'forest'}}#37;#37;",
        Escaping.mermaidLabel("%%{init: {'theme':'forest'}}%%"));
    assertEquals(
        "#quot;q#quot; #35;quot; #60;b#62; #38; #96;#96;#96; a  b",
        Escaping.mermaidLabel("\"q\" #quot; <b> & ``` a\r\nb"));
  }

  @Test
  void ganttTextCannotBecomeAKeywordACommentOrASecondLine() {
    assertEquals(
        "#99;lick i0 call alert(1)", Escaping.mermaidGanttText("click i0 call alert(1)", "x"));
    assertEquals("#83;ection Evil", Escaping.mermaidGanttText("Section Evil", "x"));
    assertEquals("#67;all center revamp", Escaping.mermaidGanttText("Call center revamp", "x"));
    assertEquals("#37;#37; hidden", Escaping.mermaidGanttText("%% hidden", "x"));
    assertEquals("5#37; more", Escaping.mermaidGanttText("5% more", "x"));
    assertEquals("#50;027-01-01 kickoff", Escaping.mermaidGanttText("2027-01-01 kickoff", "x"));
    assertEquals("a b", Escaping.mermaidGanttText("a\rb", "x"));
    assertEquals("Phase 1#58; #35;2#59; done", Escaping.mermaidGanttText("Phase 1: #2; done", "x"));
    assertEquals("#96;#96;#96;", Escaping.mermaidGanttText("```", "x"));
    assertEquals("x", Escaping.mermaidGanttText(" \n ", "x"));
    assertEquals("2027 launch", Escaping.mermaidGanttText("2027 launch", "x"));
  }

  @Test
  void dotStringsKeepEscapesAsText() {
    assertEquals(
        "\"a \\\"b\\\" \\\\N\\nc\\nd e\"", Escaping.dotString("a \"b\" \\N\r\nc\rd\u0007e"));
  }

  @Test
  void theTerminalShowsControlCharactersInsteadOfObeyingThem() {
    assertEquals(
        "\\u001b[1A\\u001b[2K erased? no", Escaping.terminal("\u001b[1A\u001b[2K erased? no"));
    assertEquals("\\u001b]0;pwned\\u0007 title", Escaping.terminal("\u001b]0;pwned\u0007 title"));
    assertEquals("a\\u000ab\\u000d\\u0085\\u2028", Escaping.terminal("a\nb\r\u0085\u2028"));
    assertEquals("\\u202eevil\\u2066", Escaping.terminal("\u202eevil\u2066"));
    assertEquals("half \\ud83d, whole 🎉 é", Escaping.terminal("half \ud83d, whole 🎉 é"));
    String clean = "Plain name (2027) ✓";
    assertEquals(clean, Escaping.terminal(clean));
  }
}
