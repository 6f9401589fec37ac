package eu.dualis.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dualis.evidence.verify.PackVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackManifestTest {

  private static String sha(String text) {
    return PackVerifier.hex(PackVerifier.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void thePackHashIsTheSha256OfTheSortedPathAndHashLines() {
    PackManifest m = new PackManifest();
    String b = sha("b");
    String a = sha("a");
    m.add("pack.pdf", 1, b);
    m.add("annexes/x.csv", 1, a);
    // sorted by path: "annexes/x.csv" < "pack.pdf"
    String expected = sha("annexes/x.csv " + a + "\npack.pdf " + b + "\n");
    assertThat(m.packHash()).isEqualTo(expected);
  }

  @Test
  void theOrderOfAddingDoesNotChangeThePackHash() {
    PackManifest one = new PackManifest();
    one.add("a", 1, sha("1"));
    one.add("b", 2, sha("2"));
    PackManifest two = new PackManifest();
    two.add("b", 2, sha("2"));
    two.add("a", 1, sha("1"));
    assertThat(one.packHash()).isEqualTo(two.packHash());
  }

  @Test
  void aChangedFileHashChangesThePackHash() {
    PackManifest one = new PackManifest();
    one.add("a", 1, sha("1"));
    PackManifest two = new PackManifest();
    two.add("a", 1, sha("2"));
    assertThat(one.packHash()).isNotEqualTo(two.packHash());
  }

  @Test
  void theJsonListsEveryFileOnItsOwnLineAndEscapesFreeText() {
    PackManifest m = new PackManifest();
    m.add("pack.pdf", 12, sha("pdf"));
    String json =
        m.json(
            "p1",
            "acme",
            "Office \"X\"\n",
            "2026-01-01",
            "2026-06-30",
            List.of("5A002"),
            List.of(),
            Instant.parse("2026-07-01T00:00:00Z"));
    assertThat(json)
        .contains("\"authority\": \"Office \\\"X\\\"\\n\"")
        .contains("{\"path\": \"pack.pdf\", \"size\": 12, \"sha256\": \"" + sha("pdf") + "\"}")
        .contains("\"packHash\": \"" + m.packHash() + "\"")
        .contains("\"scope\": {\"entryCodes\": [\"5A002\"], \"destinations\": []}");
  }

  @Test
  void aPathIsListedOnceAndTheManifestNotAtAll() {
    PackManifest m = new PackManifest();
    m.add("a", 1, sha("1"));
    assertThatThrownBy(() -> m.add("a", 1, sha("1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.add("manifest.json", 1, sha("1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
