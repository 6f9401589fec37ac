package eu.dualis.training.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate as uploaded and checked: it must open years later, so its bytes must be the PDF,
 * PNG or JPEG its type says, and its SHA-256 proves that a copy shown later is the same. A class,
 * not a record, so that no unchecked file can be constructed.
 */
public final class CertificateUpload {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int NAME_MAX = 255;
  public static final List<String> TYPES = List.of("application/pdf", "image/png", "image/jpeg");

  // The declared type is not trusted: the first bytes must match it.
  private static final Map<String, byte[]> MAGIC =
      Map.of(
          "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  private final String name;
  private final String contentType;
  private final byte[] content;
  private final String sha256;

  private CertificateUpload(String name, String contentType, byte[] content) {
    this.name = name;
    this.contentType = contentType;
    this.content = content;
    this.sha256 = sha256(content);
  }

  /**
   * @throws InvalidInputException naming filename, contentType or content; every problem at once
   */
  public static CertificateUpload of(String name, String contentType, byte[] content) {
    List<FieldProblem> problems = new ArrayList<>();
    String n = safeName(name);
    if (n.isEmpty() || n.length() > NAME_MAX) {
      problems.add(
          new FieldProblem("filename", "is required, at most " + NAME_MAX + " characters"));
    }
    String type = mediaType(contentType);
    byte[] magic = MAGIC.get(type);
    if (magic == null) {
      problems.add(
          new FieldProblem(
              "contentType",
              "must be application/pdf, image/png or image/jpeg (got " + contentType + ")"));
    }
    if (content == null || content.length == 0) {
      problems.add(new FieldProblem("content", "the certificate is empty"));
    } else if (content.length > MAX_BYTES) {
      problems.add(new FieldProblem("content", "a certificate may have at most 10 MB"));
    } else if (magic != null && !startsWith(content, magic)) {
      problems.add(new FieldProblem("content", "is not a " + type + " file"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CertificateUpload(n, type, content.clone());
  }

  /** Without path parts or characters that would break a Content-Disposition header. */
  static String safeName(String name) {
    if (name == null) {
      return "";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    return base.replaceAll("[\\p{Cntrl}\"]", "_").strip();
  }

  public static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
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

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public String name() {
    return name;
  }

  public String contentType() {
    return contentType;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }
}
