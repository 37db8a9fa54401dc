package org.socialstrategy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/** Prints the median of a hyperfine run in milliseconds, for {@code benchmarks/run.sh}. */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Prints the median time of the first command of a hyperfine JSON export.
   *
   * @param args the export's path
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    double seconds =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(Path.of(args[0])))
            .get("results")
            .get(0)
            .get("median")
            .asDouble();
    System.out.println(Math.round(seconds * 1000));
  }
}
