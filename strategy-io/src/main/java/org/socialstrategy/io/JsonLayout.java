package org.socialstrategy.io;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The layout of every JSON text the library writes (strategy files and the exports of findings,
 * scorecards and SARIF): two-space indentation, {@code "name": value}, one list item per line, the
 * same line break on every system. Tools that write JSON beside the library's get the same look
 * from here.
 */
public final class JsonLayout {

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private static final TokenStreamFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The layout; stateful, so each generator gets its own instance. */
  private static final DefaultPrettyPrinter LAYOUT =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER);

  private static final ObjectWriteContext CONTEXT =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return LAYOUT.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private JsonLayout() {}

  /**
   * Returns a streaming generator that writes JSON in the library's layout.
   *
   * @param output where the text goes; closing the generator leaves it open
   * @return the generator
   */
  public static JsonGenerator generator(Writer output) {
    return JSON.createGenerator(CONTEXT, output);
  }
}
