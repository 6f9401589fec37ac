package eu.dualis.duediligence.model;

import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file kept as evidence (an end-use statement, a notification's letter): it must open years
 * later, so its bytes must be the PDF, PNG or JPEG its type says, and its SHA-256 proves a copy
 * shown later to be the same. A class rather than a record, because a record's constructor is
 * public and would let an unchecked file through.
 */
public final class UploadedDocument {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int NAME_MAX = 255;

  /** In the order the messages name them. */
  public static final List<String> TYPES = List.of("application/pdf", "image/png", "image/jpeg");

  /** The bytes each type starts with, so that the declared type is not trusted. */
  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  /**
   * How an API words a refused content. The due-diligence and the notification APIs have named the
   * field and phrased the problems differently from the start, and their clients match on those
   * words, so the checks are shared but the words are not.
   *
   * @param notOfType a format that is given the type
   */
  public record Wording(String field, String empty, String tooLarge, String notOfType) {}

  private final String name;
  private final String contentType;
  private final String sha256;
  private final byte[] content;

  private UploadedDocument(String name, String contentType, byte[] content) {
    this.name = name;
    this.contentType = contentType;
    this.content = content;
    this.sha256 = sha256(content);
  }

  /**
   * Checks the upload and lists every problem at once.
   *
   * @param name as it will be kept: each API makes a file name safe in its own way
   * @param contentType as declared, parameters allowed
   * @throws InvalidInputException for the name, the type or, in the API's words, the content
   */
  public static UploadedDocument of(
      String name, String contentType, byte[] content, Wording wording) {
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null || name.isEmpty() || name.length() > NAME_MAX) {
      problems.add(new FieldProblem("name", "is required, at most " + NAME_MAX + " characters"));
    }
    String type = mediaType(contentType);
    byte[] signature = SIGNATURES.get(type);
    if (signature == null) {
      problems.add(
          new FieldProblem(
              "contentType",
              "must be application/pdf, image/png or image/jpeg (got " + contentType + ")"));
    }
    if (content == null || content.length == 0) {
      problems.add(new FieldProblem(wording.field(), wording.empty()));
    } else if (tooLarge(content)) {
      problems.add(new FieldProblem(wording.field(), wording.tooLarge()));
    } else if (signature != null && !startsWith(content, signature)) {
      problems.add(new FieldProblem(wording.field(), wording.notOfType().formatted(type)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    // Copied before hashing, so the caller cannot change what the fingerprint vouches for.
    return new UploadedDocument(name, type, content.clone());
  }

  /** Parameters such as a charset say nothing about the file; "" when nothing was declared. */
  public static String mediaType(String contentType) {
    return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads one byte more than a document may have: enough for {@link #tooLarge} to tell, without
   * holding an upload of any size in memory.
   */
  public static byte[] readCapped(InputStream body) throws IOException {
    return body.readNBytes(MAX_BYTES + 1);
  }

  public static boolean tooLarge(byte[] content) {
    return content.length > MAX_BYTES;
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

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public String name() {
    return name;
  }

  /** One of {@link #TYPES}. */
  public String contentType() {
    return contentType;
  }

  public long size() {
    return content.length;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }
}
