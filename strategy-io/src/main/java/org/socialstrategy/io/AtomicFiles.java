package org.socialstrategy.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees the old file or the new one, never half of either: the text
 * goes to a temporary file beside the target, which then replaces the target in one move. A write
 * that fails leaves the target as it was.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Replaces a file with text, in UTF-8, atomically where the file system can.
   *
   * @param file the file, created or replaced
   * @param text the text
   * @throws IOException if the folder cannot be written, or the file cannot be replaced; the target
   *     is then unchanged
   */
  public static void write(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
