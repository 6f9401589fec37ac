package eu.dualis.evidence.verify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an evidence pack ZIP against its own {@code manifest.json}: every file's size and SHA-256,
 * no file missing or added, and the pack hash (SHA-256 over the sorted lines "path sha256\n").
 * Depends on the JDK alone, so anyone who receives a pack (an authority too) can run it:
 *
 * <pre>java PackVerifier.java pack.zip</pre>
 *
 * <p>It exits 0 when everything matches and 1 otherwise. The application's verify endpoint uses the
 * same code, so both always agree.
 */
public final class PackVerifier {

  public static final String MANIFEST = "manifest.json";

  // The manifest is written by the application in this fixed shape: one file object per line.
  private static final Pattern FILE =
      Pattern.compile(
          "\\{\"path\": \"([^\"\\\\]+)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"\\}");
  private static final Pattern PACK_HASH = Pattern.compile("\"packHash\": \"([0-9a-f]{64})\"");

  private PackVerifier() {}

  /** What was found for one file: OK, MISMATCH (size or hash), MISSING or UNLISTED. */
  public record FileCheck(String path, String status, String expectedSha256, String actualSha256) {
    public boolean ok() {
      return "OK".equals(status);
    }
  }

  /** The whole verdict. {@code packHashOk}: the manifest's pack hash is that of the files found. */
  public record Result(
      List<FileCheck> files, String declaredPackHash, String actualPackHash, boolean packHashOk) {
    public boolean ok() {
      return packHashOk && !files.isEmpty() && files.stream().allMatch(FileCheck::ok);
    }
  }

  private record Found(long size, String sha256) {}

  private record Declared(long size, String sha256) {}

  public static Result verify(Path zip) throws IOException {
    try (InputStream in = Files.newInputStream(zip)) {
      return verify(in);
    }
  }

  /** Reads the ZIP once, as a stream: only the manifest is held in memory. */
  public static Result verify(InputStream zip) throws IOException {
    Map<String, Found> found = new TreeMap<>();
    byte[] manifest = null;
    try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
      byte[] buffer = new byte[64 * 1024];
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        if (entry.getName().equals(MANIFEST)) {
          manifest = in.readAllBytes();
          continue;
        }
        MessageDigest digest = sha256();
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
          size += n;
        }
        found.put(entry.getName(), new Found(size, hex(digest.digest())));
      }
    }
    if (manifest == null) {
      return new Result(List.of(new FileCheck(MANIFEST, "MISSING", null, null)), null, null, false);
    }
    String text = new String(manifest, StandardCharsets.UTF_8);
    Map<String, Declared> declared = new LinkedHashMap<>();
    Matcher m = FILE.matcher(text);
    while (m.find()) {
      declared.put(m.group(1), new Declared(Long.parseLong(m.group(2)), m.group(3)));
    }
    Matcher hash = PACK_HASH.matcher(text);
    String declaredPackHash = hash.find() ? hash.group(1) : null;

    List<FileCheck> checks = new ArrayList<>();
    declared.forEach(
        (path, d) -> {
          Found f = found.get(path);
          if (f == null) {
            checks.add(new FileCheck(path, "MISSING", d.sha256(), null));
          } else {
            boolean same = f.size() == d.size() && f.sha256().equals(d.sha256());
            checks.add(new FileCheck(path, same ? "OK" : "MISMATCH", d.sha256(), f.sha256()));
          }
        });
    found.forEach(
        (path, f) -> {
          if (!declared.containsKey(path)) {
            checks.add(new FileCheck(path, "UNLISTED", null, f.sha256()));
          }
        });
    Map<String, String> actual = new TreeMap<>();
    found.forEach((path, f) -> actual.put(path, f.sha256()));
    String actualPackHash = packHash(actual);
    return new Result(
        checks, declaredPackHash, actualPackHash, actualPackHash.equals(declaredPackHash));
  }

  /** SHA-256 over the lines "path sha256\n", sorted by path. */
  public static String packHash(Map<String, String> sha256ByPath) {
    MessageDigest digest = sha256();
    new TreeMap<>(sha256ByPath)
        .forEach(
            (path, sha) ->
                digest.update((path + " " + sha + "\n").getBytes(StandardCharsets.UTF_8)));
    return hex(digest.digest());
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** Prints the check of every file and of the pack hash; exit 0 when all match, else 1. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java PackVerifier.java pack.zip");
      System.exit(2);
    }
    Result result = verify(Path.of(args[0]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (FileCheck f : result.files()) {
      out.writeBytes(
          String.format("%-9s %s%n", f.status(), f.path()).getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(
        String.format(
                "%-9s pack hash %s%n",
                result.packHashOk() ? "OK" : "MISMATCH",
                result.declaredPackHash() == null ? "(none declared)" : result.declaredPackHash())
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(
        (result.ok() ? "The pack is intact.\n" : "The pack does NOT match its manifest.\n")
            .getBytes(StandardCharsets.UTF_8));
    System.out.print(out.toString(StandardCharsets.UTF_8));
    System.exit(result.ok() ? 0 : 1);
  }
}
