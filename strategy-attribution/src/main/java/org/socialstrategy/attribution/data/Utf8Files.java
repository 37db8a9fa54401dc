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
import java.util.List;

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
      throw notUtf8(name, 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static AttributionInputException notUtf8(String name, int line) {
    return new AttributionInputException(
        List.of(new InputProblem(name, line, 1, NOT_UTF8, SAVE_AS_UTF8)), 0);
  }

  static final String NOT_UTF8 = "the file is not UTF-8 text";
  static final String SAVE_AS_UTF8 = "save it as UTF-8";
}
