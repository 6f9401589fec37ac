package eu.dualis.classification.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.dualis.classification.service.ControlListFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderTest {

  @TempDir Path folder;

  private void write(String name) throws IOException {
    Files.writeString(folder.resolve(name), "x");
  }

  @Test
  void listsControlListFilesInNameOrderWithTheFormatTheirExtensionGives() throws IOException {
    for (String name :
        new String[] {
          "2025-annex-i.XHTML",
          "2024-annex-i.html",
          "curated.csv",
          "curated.json",
          "notes.txt",
          ".hidden.csv",
          "copying.csv.part"
        }) {
      write(name);
    }
    Files.createDirectory(folder.resolve("archive.csv"));

    assertThat(new DropFolder(folder).files())
        .extracting(DropFolder.DropFile::name, DropFolder.DropFile::format)
        .containsExactly(
            tuple("2024-annex-i.html", ControlListFormat.XHTML),
            tuple("2025-annex-i.XHTML", ControlListFormat.XHTML),
            tuple("curated.csv", ControlListFormat.CSV),
            tuple("curated.json", ControlListFormat.JSON));
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThatThrownBy(() -> new DropFolder(folder.resolve("missing")).files())
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aFileOverTheLimitIsNotRead() throws IOException {
    Files.writeString(folder.resolve("big.csv"), "0123456789");
    DropFolder.DropFile file = new DropFolder(folder).files().get(0);
    assertThat(file.baseName()).isEqualTo("big");
    assertThat(file.read(10)).hasSize(10);
    assertThatThrownBy(() -> file.read(9))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("9");
  }
}
