package org.socialstrategy.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the strategy file format, as committed under {@code schema/}
 * and packed into this jar, for tools that check or complete strategy files.
 */
public final class StrategySchemas {

  private static final String V1 = "schema/strategy-v1.schema.json";

  private StrategySchemas() {}

  /**
   * Returns the schema of format version 1.
   *
   * @return the schema's JSON text
   */
  public static String v1() {
    try (InputStream in = StrategySchemas.class.getResourceAsStream(V1)) {
      if (in == null) {
        throw new IllegalStateException("the JSON Schema " + V1 + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
