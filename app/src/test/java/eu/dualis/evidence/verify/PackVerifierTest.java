package eu.dualis.evidence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PackVerifierTest {

  private static String sha(byte[] bytes) {
    return PackVerifier.hex(PackVerifier.sha256().digest(bytes));
  }

  /** A pack as the application writes it: files, then a manifest in the fixed shape. */
  private static byte[] pack(Map<String, byte[]> files) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    StringBuilder manifest = new StringBuilder("{\n  \"packId\": \"p\",\n  \"files\": [\n");
    int i = 0;
    for (var e : files.entrySet()) {
      hashes.put(e.getKey(), sha(e.getValue()));
      manifest
          .append("    {\"path\": \"")
          .append(e.getKey())
          .append("\", \"size\": ")
          .append(e.getValue().length)
          .append(", \"sha256\": \"")
          .append(sha(e.getValue()))
          .append(++i < files.size() ? "\"},\n" : "\"}\n");
    }
    manifest
        .append("  ],\n  \"packHash\": \"")
        .append(PackVerifier.packHash(hashes))
        .append("\"\n}\n");
    Map<String, byte[]> all = new LinkedHashMap<>(files);
    all.put(PackVerifier.MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
    return zip(all);
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("pack.pdf", "%PDF-1.7 pretend".getBytes(StandardCharsets.UTF_8));
    files.put("annexes/screenings.csv", "\"id\"\r\n\"1\"\r\n".getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private static PackVerifier.Result verify(byte[] zip) throws IOException {
    return PackVerifier.verify(new ByteArrayInputStream(zip));
  }

  @Test
  void aGoodPackPasses() throws IOException {
    PackVerifier.Result result = verify(pack(files()));
    assertThat(result.ok()).isTrue();
    assertThat(result.files()).extracting(PackVerifier.FileCheck::status).containsOnly("OK");
    assertThat(result.files()).hasSize(2);
    assertThat(result.packHashOk()).isTrue();
  }

  @Test
  void oneChangedByteInOneFileIsDetected() throws IOException {
    Map<String, byte[]> entries = unzip(pack(files()));
    entries.get("annexes/screenings.csv")[7] ^= 1;
    PackVerifier.Result result = verify(zip(entries));
    assertThat(result.ok()).isFalse();
    assertThat(result.files())
        .filteredOn(f -> f.path().equals("annexes/screenings.csv"))
        .extracting(PackVerifier.FileCheck::status)
        .containsExactly("MISMATCH");
    assertThat(result.packHashOk()).isFalse();
  }

  @Test
  void aChangedManifestIsDetected() throws IOException {
    Map<String, byte[]> entries = unzip(pack(files()));
    String manifest = new String(entries.get(PackVerifier.MANIFEST), StandardCharsets.UTF_8);
    String pdfHash = sha(files().get("pack.pdf"));
    String forged = pdfHash.replace(pdfHash.charAt(0), pdfHash.charAt(0) == 'a' ? 'b' : 'a');
    entries.put(
        PackVerifier.MANIFEST, manifest.replace(pdfHash, forged).getBytes(StandardCharsets.UTF_8));
    PackVerifier.Result result = verify(zip(entries));
    assertThat(result.ok()).isFalse();
    assertThat(result.files())
        .filteredOn(f -> f.path().equals("pack.pdf"))
        .extracting(PackVerifier.FileCheck::status)
        .containsExactly("MISMATCH");
  }

  @Test
  void aForgedPackHashIsDetected() throws IOException {
    Map<String, byte[]> entries = unzip(pack(files()));
    String manifest = new String(entries.get(PackVerifier.MANIFEST), StandardCharsets.UTF_8);
    String forged =
        manifest.replaceAll(
            "\"packHash\": \"[0-9a-f]{64}\"", "\"packHash\": \"" + "0".repeat(64) + "\"");
    entries.put(PackVerifier.MANIFEST, forged.getBytes(StandardCharsets.UTF_8));
    PackVerifier.Result result = verify(zip(entries));
    assertThat(result.packHashOk()).isFalse();
    assertThat(result.ok()).isFalse();
  }

  @Test
  void anAddedAndARemovedFileAreDetected() throws IOException {
    Map<String, byte[]> entries = unzip(pack(files()));
    entries.remove("pack.pdf");
    entries.put("extra.txt", new byte[] {1});
    PackVerifier.Result result = verify(zip(entries));
    assertThat(result.ok()).isFalse();
    assertThat(result.files())
        .extracting(f -> f.path() + " " + f.status())
        .contains("pack.pdf MISSING", "extra.txt UNLISTED");
  }

  @Test
  void aZipWithoutManifestFails() throws IOException {
    PackVerifier.Result result = verify(zip(files()));
    assertThat(result.ok()).isFalse();
    assertThat(result.files())
        .extracting(PackVerifier.FileCheck::status)
        .containsExactly("MISSING");
  }
}
