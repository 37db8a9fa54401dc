package org.socialstrategy.benchmarks;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.socialstrategy.io.StrategyFiles;
import org.socialstrategy.io.StrategyFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The benchmarked strategy as JSON and YAML text, and the JSON's tokens, for the file benchmarks
 * and their floors: a token scan of the same JSON with no binding, and a generator writing the same
 * tokens.
 */
@State(Scope.Benchmark)
public class FileState {

  /** The JSON factory the floors use, with Jackson's defaults. */
  static final JsonFactory JSON = JsonFactory.builder().build();

  /** The strategy the texts were written from. */
  public StrategyState strategy;

  /** The strategy as JSON. */
  public String json;

  /** The strategy as YAML. */
  public String yaml;

  /** The JSON's tokens, with their texts. */
  public List<Object[]> tokens;

  /** Creates the state; JMH calls {@link #write(StrategyState)} before measuring. */
  public FileState() {}

  /**
   * Writes the texts and records the tokens.
   *
   * @param state the strategy
   */
  @Setup(Level.Trial)
  public void write(StrategyState state) {
    strategy = state;
    json = StrategyFiles.write(state.strategy, StrategyFormat.JSON);
    yaml = StrategyFiles.write(state.strategy, StrategyFormat.YAML);
    tokens = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens.add(new Object[] {token, parser.getString()});
      }
    }
  }

  /**
   * The reading floor: every token of the JSON, scanned with no binding.
   *
   * @return a count that depends on every token
   */
  long scan() {
    long count = 0;
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        count += token.ordinal();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
          count += parser.getString().length();
        }
      }
    }
    return count;
  }

  /**
   * The writing floor: the same tokens written by a generator, with the same pretty printing off.
   *
   * @return the JSON text
   */
  String generate() {
    StringWriter out = new StringWriter(json.length());
    try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      for (Object[] entry : tokens) {
        JsonToken token = (JsonToken) entry[0];
        String text = (String) entry[1];
        switch (token) {
          case START_OBJECT -> generator.writeStartObject();
          case END_OBJECT -> generator.writeEndObject();
          case START_ARRAY -> generator.writeStartArray();
          case END_ARRAY -> generator.writeEndArray();
          case PROPERTY_NAME -> generator.writeName(text);
          case VALUE_STRING -> generator.writeString(text);
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(text);
          case VALUE_TRUE -> generator.writeBoolean(true);
          case VALUE_FALSE -> generator.writeBoolean(false);
          default -> generator.writeNull();
        }
      }
    }
    return out.toString();
  }
}
