package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;

class JacksonVersionsTest {

  private static Version core(int minor, int patch) {
    return new Version(3, minor, patch, null, "tools.jackson.core", "jackson-core");
  }

  private static Version yaml(int minor, int patch) {
    return new Version(
        3, minor, patch, null, "tools.jackson.dataformat", "jackson-dataformat-yaml");
  }

  @Test
  void acceptsTheJacksonItIsBuiltWith() {
    assertNull(JacksonVersions.problem(List.of(core(2, 4), yaml(2, 4))));
    assertNull(JacksonVersions.problem(List.of(core(3, 0), yaml(2, 0))));
    JacksonVersions.require();
  }

  @Test
  void namesAnOlderJacksonAndTheFix() {
    assertEquals(
        "the strategy file library needs Jackson 3.2 or newer, but the class path has"
            + " tools.jackson.dataformat:jackson-dataformat-yaml 3.0.4: a dependency management"
            + " (a BOM such as Spring Boot's) chose an older Jackson 3; manage"
            + " tools.jackson:jackson-bom at 3.2.4 or newer",
        JacksonVersions.problem(List.of(core(2, 4), yaml(0, 4))));
  }
}
