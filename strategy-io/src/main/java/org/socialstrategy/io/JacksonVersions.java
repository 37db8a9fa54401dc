package org.socialstrategy.io;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.Version;

/**
 * Checks, before anything else of Jackson is touched, that the Jackson 3 modules on the class path
 * are new enough for this library. An application's dependency management (a BOM such as Spring
 * Boot's) can choose older versions than this library was built with; without this check that shows
 * as a missing method deep inside a read. Only types every Jackson 3 version has are used here.
 */
final class JacksonVersions {

  /** The oldest Jackson 3 this library runs with: YAML tags are read through 3.2's API. */
  static final Version MINIMUM = new Version(3, 2, 0, null, "tools.jackson.core", "jackson-core");

  private static final String PROBLEM =
      problem(
          List.of(
              tools.jackson.core.json.PackageVersion.VERSION,
              tools.jackson.dataformat.yaml.PackageVersion.VERSION,
              tools.jackson.dataformat.csv.PackageVersion.VERSION));

  private JacksonVersions() {}

  /**
   * Throws when the Jackson on the class path is too old.
   *
   * @throws IllegalStateException naming the modules found and the fix
   */
  static void require() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /**
   * Says what is wrong with the given Jackson module versions, or null when nothing is.
   *
   * @param found the versions of jackson-core, jackson-dataformat-yaml and jackson-dataformat-csv
   * @return the message, or null
   */
  static String problem(List<Version> found) {
    List<String> old = new ArrayList<>();
    for (Version version : found) {
      if (version.getMajorVersion() != MINIMUM.getMajorVersion()
          || version.compareTo(
                  new Version(
                      MINIMUM.getMajorVersion(),
                      MINIMUM.getMinorVersion(),
                      MINIMUM.getPatchLevel(),
                      null,
                      version.getGroupId(),
                      version.getArtifactId()))
              < 0) {
        old.add(version.getGroupId() + ":" + version.getArtifactId() + " " + version);
      }
    }
    if (old.isEmpty()) {
      return null;
    }
    return "the strategy file library needs Jackson 3.2 or newer, but the class path has "
        + String.join(" and ", old)
        + ": a dependency management (a BOM such as Spring Boot's) chose an older Jackson 3;"
        + " manage tools.jackson:jackson-bom at 3.2.4 or newer";
  }
}
