package eu.dualis.icp.model;

import eu.dualis.platform.model.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks on an ICP document's file. Documents must open years later when an authority asks, so
 * the bytes must be the PDF, PNG or JPEG the declared type says (checked by their first bytes, not
 * by trust), at most 10 MB.
 */
public final class IcpFile {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  private IcpFile() {}

  /** Parameters such as a charset say nothing about the file. */
  public static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  static void check(String contentType, byte[] content, List<FieldProblem> problems) {
    String type = mediaType(contentType);
    byte[] signature = SIGNATURES.get(type);
    if (signature == null) {
      problems.add(
          new FieldProblem(
              "contentType",
              "must be application/pdf, image/png or image/jpeg (got " + contentType + ")"));
    }
    if (content == null || content.length == 0) {
      problems.add(new FieldProblem("file", "is empty"));
    } else if (content.length > MAX_BYTES) {
      problems.add(new FieldProblem("file", "may have at most 10 MB"));
    } else if (signature != null && !startsWith(content, signature)) {
      problems.add(new FieldProblem("file", "is not a " + type + " file: its content differs"));
    }
  }

  /** A client may send a path, and control characters would garble the page showing it. */
  static String safeName(String name) {
    return name == null ? "" : name.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
