package org.socialstrategy.attribution.data;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.socialstrategy.io.ProblemCollector;

/** Opens input files as strict UTF-8: a byte that is not UTF-8 is a problem of the file. */
final class Utf8Files {

  /** Reads an opened input. */
  interface Read<T> {
    T read(Reader input, String name) throws IOException;
  }

  private Utf8Files() {}

  static <T> T read(Path file, Read<T> read) {
    String name = String.valueOf(file.getFileName());
    try (Reader input =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return read.read(input, name);
    } catch (CharacterCodingException e) {
      throw ProblemCollector.notUtf8(name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
