package org.socialstrategy.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half of one: the text goes to a temporary file beside
 * the target, is flushed to the disk, and then moved over the target in one step. A write that
 * fails, for any reason and at any point, leaves the target as it was (or absent) and removes the
 * temporary file. Every file the library and the {@code sbs} command line write goes through here.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("report.html"), HtmlReport.render(card));
 * }</pre>
 *
 * <p>Text is written as UTF-8. The target keeps its POSIX permissions when it exists; a new file
 * gets the permissions new files get. A symbolic link is followed, so the file it points to is
 * replaced and the link kept.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Writes text to a file, replacing it in one step.
   *
   * @param file the file
   * @param text the text, written as UTF-8
   * @throws UncheckedIOException if the file cannot be written, or the text is not Unicode (holds a
   *     lone surrogate); the message names the file, and the file is as it was
   */
  public static void write(Path file, String text) {
    Objects.requireNonNull(text, "text");
    write(file, output -> output.write(text));
  }

  /** Writes the content of a file to a writer. */
  interface Content {
    /**
     * Writes the content.
     *
     * @param output where it goes
     * @throws IOException if it cannot be written
     */
    void writeTo(Writer output) throws IOException;
  }

  /**
   * Writes a file from content streamed to it, replacing it in one step; when the content throws,
   * the target is left as it was and the exception passes on.
   *
   * @param file the file
   * @param content writes the text
   * @throws UncheckedIOException if the file cannot be written; the file is as it was
   */
  static void write(Path file, Content content) {
    Path target = target(Objects.requireNonNull(file, "file"));
    if (Files.isDirectory(target)) {
      throw new UncheckedIOException(
          "cannot write " + file + ": it is a folder", new IOException("a folder: " + file));
    }
    Path temporary = temporaryBeside(target);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          Writer output = writer(Channels.newOutputStream(channel))) {
        content.writeTo(output);
        output.flush();
        channel.force(true);
      }
      keepPermissions(target, temporary);
      move(temporary, target);
      moved = true;
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException(
          "cannot write " + file + ": the text is not Unicode (it holds a lone surrogate)", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + reason(e), e);
    } finally {
      if (!moved) {
        deleteQuietly(temporary);
      }
    }
  }

  /** The file a path names, through a symbolic link. */
  private static Path target(Path file) {
    try {
      return Files.isSymbolicLink(file) ? file.toRealPath() : file;
    } catch (IOException e) {
      return file;
    }
  }

  /** Makes an empty file beside the target, hidden by its leading dot, with a name nobody has. */
  private static Path temporaryBeside(Path target) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String name = String.valueOf(absolute.getFileName());
    for (int attempt = 0; ; attempt++) {
      Path temporary =
          folder.resolve(
              "."
                  + name
                  + "."
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        return Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw new UncheckedIOException("cannot write " + target + ": no temporary name free", e);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
      }
    }
  }

  /** UTF-8 that refuses what is not Unicode instead of writing a question mark. */
  private static Writer writer(OutputStream out) {
    CharsetEncoder utf8 =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedWriter(new OutputStreamWriter(out, utf8), 1 << 16);
  }

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view != null && Files.exists(target)) {
      Set<PosixFilePermission> permissions = view.readAttributes().permissions();
      Files.setPosixFilePermissions(temporary, permissions);
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // the write failed already; a leftover hidden temporary file is all that remains of it
    }
  }

  /** Says why an input or output failed, in a few words. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    return String.valueOf(e.getMessage());
  }
}
