package eu.dualis.classification.jobs;

import eu.dualis.classification.service.ControlListFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder where new control list files are put. Only files whose extension names a format count
 * (*.xhtml, *.html, *.csv, *.json); hidden files and others, such as a {@code .part} file still
 * being copied, are left alone. Files come in name order, so that versions named by date are
 * imported oldest first and each is compared with the one before it.
 */
final class DropFolder {

  private final Path folder;

  DropFolder(Path folder) {
    this.folder = folder;
  }

  /** A file to import and the format its extension gives. */
  record DropFile(Path path, ControlListFormat format) {

    String name() {
      return path.getFileName().toString();
    }

    /** The file's name without its extension: the source id of a CSV, which cannot name itself. */
    String baseName() {
      String name = name();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * @throws IOException also when the file is larger than {@code maxBytes}
     */
    byte[] read(int maxBytes) throws IOException {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new IOException(
            "the file has " + size + " bytes, more than the " + maxBytes + " allowed");
      }
      return Files.readAllBytes(path);
    }
  }

  Path path() {
    return folder;
  }

  /**
   * @throws NoSuchFileException when the folder does not exist
   */
  List<DropFile> files() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new NoSuchFileException(folder.toString(), null, "not a folder");
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .map(DropFolder::dropFile)
          .flatMap(Optional::stream)
          .sorted(Comparator.comparing(DropFile::name))
          .toList();
    }
  }

  private static Optional<DropFile> dropFile(Path path) {
    return ControlListFormat.fromFileName(path.getFileName().toString())
        .map(format -> new DropFile(path, format));
  }
}
