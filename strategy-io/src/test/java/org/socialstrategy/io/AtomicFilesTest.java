package org.socialstrategy.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write replaces a file in one step, or leaves it as it was. */
class AtomicFilesTest {

  @TempDir Path folder;

  private List<Path> files() throws IOException {
    try (Stream<Path> listed = Files.list(folder)) {
      return listed.sorted().toList();
    }
  }

  @Test
  void writesANewFileAndReplacesAnOldOne() throws IOException {
    Path file = folder.resolve("report.md");
    AtomicFiles.write(file, "first ✓\n");
    assertEquals("first ✓\n", Files.readString(file, StandardCharsets.UTF_8));
    AtomicFiles.write(file, "second\n");
    assertEquals("second\n", Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(List.of(file), files());
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNoLeftovers() throws IOException {
    Path file = folder.resolve("strategy.yaml");
    Files.writeString(file, "old\n", StandardCharsets.UTF_8);
    IllegalStateException failure = new IllegalStateException("the encoder gave up");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                AtomicFiles.write(
                    file,
                    output -> {
                      output.write("half of a new file");
                      output.flush();
                      throw failure;
                    }));
    assertSame(failure, thrown);
    assertEquals("old\n", Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(List.of(file), files());
  }

  @Test
  void textThatIsNotUnicodeIsRefusedNamingTheFile() throws IOException {
    Path file = folder.resolve("report.html");
    Files.writeString(file, "old\n", StandardCharsets.UTF_8);
    UncheckedIOException refused =
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(file, "a\ud83db"));
    assertEquals(
        "cannot write " + file + ": the text is not Unicode (it holds a lone surrogate)",
        refused.getMessage());
    assertEquals("old\n", Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(List.of(file), files());
  }

  @Test
  void aFolderOrAMissingFolderIsNoPlaceForAFile() {
    UncheckedIOException folderItself =
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(folder, "text"));
    assertEquals("cannot write " + folder + ": it is a folder", folderItself.getMessage());
    Path nowhere = folder.resolve("missing").resolve("report.md");
    UncheckedIOException missing =
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(nowhere, "text"));
    assertTrue(missing.getMessage().startsWith("cannot write "), missing.getMessage());
    assertFalse(Files.exists(nowhere));
  }

  @Test
  void keepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path file = folder.resolve("strategy.json");
    Files.writeString(file, "{}\n", StandardCharsets.UTF_8);
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      Set<PosixFilePermission> readOnlyForOthers = PosixFilePermissions.fromString("rw-r-----");
      Files.setPosixFilePermissions(file, readOnlyForOthers);
      AtomicFiles.write(file, "[]\n");
      assertEquals(readOnlyForOthers, Files.getPosixFilePermissions(file));
    }
    assertEquals("[]\n", Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void followsASymbolicLinkAndKeepsIt() throws IOException {
    Path real = folder.resolve("real.yaml");
    Files.writeString(real, "old\n", StandardCharsets.UTF_8);
    Path link = folder.resolve("link.yaml");
    try {
      Files.createSymbolicLink(link, real.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      return;
    }
    AtomicFiles.write(link, "new\n");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new\n", Files.readString(real, StandardCharsets.UTF_8));
  }
}
